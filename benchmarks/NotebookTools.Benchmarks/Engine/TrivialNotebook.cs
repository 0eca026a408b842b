namespace NotebookTools.Benchmarks.Engine;

/// <summary>
/// Escribe las celdas de un cuaderno trivial que encadena variables, como un cuaderno de verdad en el que cada celda
/// usa lo de las anteriores: <c>var a1 = 1;</c>, <c>Console.WriteLine(a1);</c>, <c>a1 * 2</c>, <c>display(a1);</c>,
/// <c>var a2 = a1 + 1;</c>...
/// </summary>
public sealed class TrivialNotebook
{
    private int _lastVariable;

    /// <summary>La clase de la celda <paramref name="index"/> (desde 0): las cuatro por turno, empezando por una asignación.</summary>
    public static CellKind KindAt(int index) => (CellKind)(index % Enum.GetValues<CellKind>().Length);

    /// <summary>Las primeras <paramref name="count"/> celdas del cuaderno.</summary>
    public IReadOnlyList<string> Cells(int count) => [.. Enumerable.Range(0, count).Select(i => Next(KindAt(i)))];

    /// <summary>La celda siguiente, de la clase pedida; si aún no hay variables, la primera asignación.</summary>
    public string Next(CellKind kind)
    {
        if (_lastVariable == 0 || kind == CellKind.Assignment)
        {
            _lastVariable++;
            return _lastVariable == 1 ? "var a1 = 1;" : $"var a{_lastVariable} = a{_lastVariable - 1} + 1;";
        }
        return kind switch
        {
            CellKind.Print => $"Console.WriteLine(a{_lastVariable});",
            CellKind.Expression => $"a{_lastVariable} * 2",
            CellKind.Display => $"display(a{_lastVariable});",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Clase de celda desconocida."),
        };
    }
}
