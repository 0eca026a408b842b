using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IntroNN.Kernels;

/// <summary>
/// Dónde están las columnas de un bloque de filas de X: la columna j empieza en <c>Data[Offset + j·Stride]</c>. O
/// bien X misma (por columnas, Stride = n), o bien una copia en un búfer con Stride propio.
/// </summary>
internal readonly record struct BlockColumns(double[] Data, nint Offset, nint Stride)
{
    /// <summary>Las filas [start, start + length) de X tal cual, sin copiar.</summary>
    public static BlockColumns InPlace(double[] x, int rows, int start) => new(x, start, rows);

    /// <summary>
    /// Copia las filas [start, start + length) de las <paramref name="features"/> columnas de X en
    /// <paramref name="packed"/> (columnas separadas por <paramref name="stride"/>) y pone a 0 las filas hasta
    /// <paramref name="paddedRows"/>. Las columnas de relleno (de features en adelante) ya son 0 y no se tocan.
    /// </summary>
    /// <remarks>Cuatro columnas a la vez: la memoria sirve mejor 4 tramos seguidos que 1 (medido: un 15–30 % menos).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BlockColumns Packed(
        double[] x,
        int rows,
        int features,
        int start,
        int length,
        int paddedRows,
        double[] packed,
        int stride
    )
    {
        int width = Vector<double>.Count,
            vectorEnd = length - length % width,
            j = 0;
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x);
        ref double ps = ref MemoryMarshal.GetArrayDataReference(packed);
        for (; j <= features - 4; j += 4)
        {
            nuint x0 = (nuint)j * (nuint)rows + (nuint)start,
                x1 = x0 + (nuint)rows,
                x2 = x1 + (nuint)rows,
                x3 = x2 + (nuint)rows;
            nuint p0 = (nuint)(j * stride),
                p1 = p0 + (nuint)stride,
                p2 = p1 + (nuint)stride,
                p3 = p2 + (nuint)stride;
            for (int i = 0; i < vectorEnd; i += width)
            {
                nuint at = (nuint)i;
                Vector.LoadUnsafe(ref xs, x0 + at).StoreUnsafe(ref ps, p0 + at);
                Vector.LoadUnsafe(ref xs, x1 + at).StoreUnsafe(ref ps, p1 + at);
                Vector.LoadUnsafe(ref xs, x2 + at).StoreUnsafe(ref ps, p2 + at);
                Vector.LoadUnsafe(ref xs, x3 + at).StoreUnsafe(ref ps, p3 + at);
            }
        }
        for (int c = 0; c < features; c++)
        {
            int from = c < j ? vectorEnd : 0; // lo que el bucle de 4 en 4 no copió
            x.AsSpan(c * rows + start + from, length - from).CopyTo(packed.AsSpan(c * stride + from));
            packed.AsSpan(c * stride + length, paddedRows - length).Clear();
        }
        return new BlockColumns(packed, 0, stride);
    }
}
