namespace IntroNN.Kernels;

/// <summary>
/// Los últimos búferes de trabajo de un modelo, uno por número de filas: entrenar alterna lotes, el último lote
/// (más corto) y el conjunto de validación, y cada uno conserva los suyos en lugar de pedir memoria nueva en cada paso.
/// </summary>
internal sealed class WorkspaceCache<T>
    where T : class
{
    private const int Slots = 4;
    private readonly (int Rows, T Workspace)[] _entries = new (int, T)[Slots];
    private int _count;

    public T Get(int rows, Func<int, T> create)
    {
        for (int i = 0; i < _count; i++)
        {
            if (_entries[i].Rows != rows)
                continue;
            var hit = _entries[i];
            Array.Copy(_entries, 0, _entries, 1, i); // el más reciente, delante
            _entries[0] = hit;
            return hit.Workspace;
        }
        var created = create(rows);
        if (_count < Slots)
            _count++;
        Array.Copy(_entries, 0, _entries, 1, _count - 1); // el menos reciente, si sobraba, se descarta
        _entries[0] = (rows, created);
        return created;
    }
}
