namespace IntroNN.Kernels;

/// <summary>
/// Reparto del trabajo por bloques de filas: cada bloque cabe en la caché L2, y los bloques se reparten entre los
/// núcleos solo cuando hay trabajo de sobra (con datos pequeños, arrancar hilos cuesta más que hacer las cuentas).
/// </summary>
/// <remarks>
/// Cada bloque escribe su propio resultado parcial y estos se suman después en orden de bloque: el resultado no
/// depende de cuántos núcleos haya ni de qué hilo acabó antes (mismos datos → mismos números, bit a bit).
/// </remarks>
internal readonly record struct RowBlocks(int Rows, int BlockRows)
{
    /// <summary>Por debajo de esta cantidad de números en X, un solo hilo.</summary>
    private const long ParallelThreshold = 1 << 17;

    public int Count => (Rows + BlockRows - 1) / BlockRows;

    /// <summary>
    /// Bloques de filas para una X de <paramref name="rows"/> × <paramref name="width"/>, de unos
    /// <paramref name="blockBytes"/> bytes y con un múltiplo de 8 filas por bloque.
    /// </summary>
    public static RowBlocks For(int rows, int width, int blockBytes)
    {
        int blockRows = Math.Clamp(blockBytes / sizeof(double) / Math.Max(width, 1), 64, 16384) & ~7;
        return new RowBlocks(rows, Math.Min(blockRows, Math.Max(8, (rows + 7) & ~7)));
    }

    /// <summary>Cuántos hilos usar para una X de este tamaño.</summary>
    public int Workers(int width) =>
        (long)Rows * width < ParallelThreshold ? 1 : Math.Clamp(Environment.ProcessorCount, 1, Count);

    /// <summary>
    /// Ejecuta <paramref name="body"/>(bloque, inicio, longitud, hilo) para cada bloque; cada hilo recibe su índice,
    /// para que use sus propios búferes, y va tomando tandas de bloques seguidos (así cada bloque puede pedir a
    /// memoria el siguiente, que casi siempre le toca al mismo hilo).
    /// </summary>
    /// <remarks>
    /// Las tandas se reparten a demanda, no a partes iguales desde el principio: en una máquina compartida, si otro
    /// proceso le quita tiempo a un núcleo, el otro hilo hace más bloques en vez de esperarle al final.
    /// </remarks>
    public void Run(int workers, Action<int, int, int, int> body)
    {
        int count = Count,
            rows = Rows,
            blockRows = BlockRows;
        if (workers <= 1)
        {
            for (int b = 0; b < count; b++)
                body(b, b * blockRows, Math.Min(blockRows, rows - b * blockRows), 0);
            return;
        }
        int batch = Math.Max(1, count / (8 * workers)),
            next = 0;
        Parallel.For(
            0,
            workers,
            worker =>
            {
                int first;
                while ((first = Interlocked.Add(ref next, batch) - batch) < count)
                    for (int b = first; b < Math.Min(first + batch, count); b++)
                        body(b, b * blockRows, Math.Min(blockRows, rows - b * blockRows), worker);
            }
        );
    }
}
