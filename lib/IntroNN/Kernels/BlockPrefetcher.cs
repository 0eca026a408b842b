using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace IntroNN.Kernels;

/// <summary>
/// Pide a memoria, línea a línea (64 bytes), el bloque de filas siguiente de X mientras se calcula el actual: los
/// bucles de cálculo llaman a <see cref="Next"/> una vez por vuelta y así las peticiones se reparten por todo el bloque.
/// </summary>
/// <remarks>
/// Sin esto, cada bloque empieza esperando a la memoria y solo después calcula: el tiempo del paso es la suma de los
/// dos. Con esto la memoria trabaja mientras se calcula y el paso tarda lo que el mayor de los dos. La petición es
/// <see cref="Sse.Prefetch1"/> (a la caché L2): no espera el dato ni puede fallar. Sin SSE (en ARM) no hace nada.
/// </remarks>
internal unsafe struct BlockPrefetcher
{
    private double* _line;
    private double* _columnEnd;
    private readonly nint _stride;
    private readonly int _rows;
    private int _columnsLeft;

    private BlockPrefetcher(double* firstColumn, nint stride, int rows, int columns)
    {
        _line = firstColumn;
        _columnEnd = firstColumn + rows;
        _stride = stride;
        _rows = rows;
        _columnsLeft = columns;
    }

    /// <summary>
    /// Para el bloque de filas [start + blockRows, start + 2·blockRows) de X (<paramref name="columns"/> columnas
    /// separadas por <paramref name="rows"/>); ninguno si ese bloque no cabe entero en X o no hay SSE.
    /// </summary>
    public static BlockPrefetcher NextBlock(double* x, int rows, int columns, int start, int blockRows) =>
        Sse.IsSupported && start + 2L * blockRows <= rows
            ? new BlockPrefetcher(x + start + blockRows, rows, blockRows, columns)
            : default;

    /// <summary>Pide la línea siguiente (nada si ya se pidió todo el bloque).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Next()
    {
        if (_columnsLeft == 0)
            return;
        Sse.Prefetch1(_line);
        _line += 8;
        if (_line < _columnEnd)
            return;
        _columnsLeft--;
        _line = _columnEnd - _rows + _stride;
        _columnEnd = _line + _rows;
    }
}
