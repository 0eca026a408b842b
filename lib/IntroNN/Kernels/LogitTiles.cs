using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IntroNN.Kernels;

/// <summary>
/// Z = X·W + b para un bloque de filas, por teselas de <see cref="Rows"/> filas × 4 (o 2) clases, y el máximo de cada
/// fila de Z.
/// </summary>
/// <remarks>
/// Cada tesela guarda sus 16 (u 8) sumas en registros mientras recorre las d columnas: por columna, 4 lecturas de X y
/// 16 multiplicaciones-suma independientes. Escribir Z en memoria a cada columna, como se hacía antes, dejaba al
/// procesador esperando la suma anterior: esto es el doble de rápido (medido aquí, un hilo, X en la caché). El bloque
/// de X tiene que estar ya en la caché, porque una tesela lee las d columnas a la vez: lo trae
/// <see cref="BlockPrefetcher"/> mientras se calcula el bloque anterior.
/// </remarks>
internal static class LogitTiles
{
    /// <summary>Filas por tesela: 4 vectores (16 con AVX2).</summary>
    public static int Rows => 4 * Vector<double>.Count;

    /// <summary>
    /// Z de las clases <paramref name="first"/>..+3 (en <paramref name="logits"/>, columnas separadas por
    /// <paramref name="stride"/>) para las <paramref name="rows"/> filas del bloque (múltiplo de <see cref="Rows"/>).
    /// Con <paramref name="first"/> = 0 escribe el máximo de las 4 en <paramref name="rowMax"/>; si no, lo actualiza.
    /// <paramref name="x"/> tiene <paramref name="features"/> columnas (múltiplo de 4); W[j, k] está en
    /// <paramref name="weightsByRow"/>[j·K + k]; cada vuelta pide una línea del bloque siguiente a <paramref name="prefetch"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Four(
        BlockColumns x,
        int features,
        int rows,
        double[] weightsByRow,
        double[] bias,
        int first,
        double[] logits,
        int stride,
        double[] rowMax,
        ref BlockPrefetcher prefetch
    )
    {
        int width = Vector<double>.Count,
            classes = bias.Length;
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x.Data);
        ref double ws = ref MemoryMarshal.GetArrayDataReference(weightsByRow);
        ref double zs = ref MemoryMarshal.GetArrayDataReference(logits);
        ref double ms = ref MemoryMarshal.GetArrayDataReference(rowMax);
        Vector<double> b0 = new(bias[first]),
            b1 = new(bias[first + 1]),
            b2 = new(bias[first + 2]),
            b3 = new(bias[first + 3]);
        nuint v1 = (nuint)width,
            v2 = v1 + v1,
            v3 = v2 + v1;
        for (int t = 0; t < rows; t += 4 * width)
        {
            Vector<double> a0 = b0,
                a1 = b0,
                a2 = b0,
                a3 = b0; // clase first, los 4 vectores de filas
            Vector<double> c0 = b1,
                c1 = b1,
                c2 = b1,
                c3 = b1;
            Vector<double> e0 = b2,
                e1 = b2,
                e2 = b2,
                e3 = b2;
            Vector<double> g0 = b3,
                g1 = b3,
                g2 = b3,
                g3 = b3;
            nuint at = (nuint)(x.Offset + t),
                w = (nuint)first;
            for (int j = 0; j < features; j++, at += (nuint)x.Stride, w += (nuint)classes)
            {
                prefetch.Next();
                var x0 = Vector.LoadUnsafe(ref xs, at);
                var x1 = Vector.LoadUnsafe(ref xs, at + v1);
                var x2 = Vector.LoadUnsafe(ref xs, at + v2);
                var x3 = Vector.LoadUnsafe(ref xs, at + v3);
                var wk = new Vector<double>(Unsafe.Add(ref ws, w));
                a0 = Vector.FusedMultiplyAdd(x0, wk, a0);
                a1 = Vector.FusedMultiplyAdd(x1, wk, a1);
                a2 = Vector.FusedMultiplyAdd(x2, wk, a2);
                a3 = Vector.FusedMultiplyAdd(x3, wk, a3);
                wk = new Vector<double>(Unsafe.Add(ref ws, w + 1));
                c0 = Vector.FusedMultiplyAdd(x0, wk, c0);
                c1 = Vector.FusedMultiplyAdd(x1, wk, c1);
                c2 = Vector.FusedMultiplyAdd(x2, wk, c2);
                c3 = Vector.FusedMultiplyAdd(x3, wk, c3);
                wk = new Vector<double>(Unsafe.Add(ref ws, w + 2));
                e0 = Vector.FusedMultiplyAdd(x0, wk, e0);
                e1 = Vector.FusedMultiplyAdd(x1, wk, e1);
                e2 = Vector.FusedMultiplyAdd(x2, wk, e2);
                e3 = Vector.FusedMultiplyAdd(x3, wk, e3);
                wk = new Vector<double>(Unsafe.Add(ref ws, w + 3));
                g0 = Vector.FusedMultiplyAdd(x0, wk, g0);
                g1 = Vector.FusedMultiplyAdd(x1, wk, g1);
                g2 = Vector.FusedMultiplyAdd(x2, wk, g2);
                g3 = Vector.FusedMultiplyAdd(x3, wk, g3);
            }
            nuint row = (nuint)t,
                z = (nuint)(first * stride) + row;
            UpdateMax(ref ms, row, first == 0, Vector.Max(Vector.Max(a0, c0), Vector.Max(e0, g0)));
            UpdateMax(ref ms, row + v1, first == 0, Vector.Max(Vector.Max(a1, c1), Vector.Max(e1, g1)));
            UpdateMax(ref ms, row + v2, first == 0, Vector.Max(Vector.Max(a2, c2), Vector.Max(e2, g2)));
            UpdateMax(ref ms, row + v3, first == 0, Vector.Max(Vector.Max(a3, c3), Vector.Max(e3, g3)));
            Store(ref zs, z, v1, a0, a1, a2, a3);
            Store(ref zs, z + (nuint)stride, v1, c0, c1, c2, c3);
            Store(ref zs, z + 2 * (nuint)stride, v1, e0, e1, e2, e3);
            Store(ref zs, z + 3 * (nuint)stride, v1, g0, g1, g2, g3);
        }
    }

    /// <summary>Como <see cref="Four"/>, con las clases <paramref name="first"/> y +1 (las dos últimas si K no es múltiplo de 4).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Two(
        BlockColumns x,
        int features,
        int rows,
        double[] weightsByRow,
        double[] bias,
        int first,
        double[] logits,
        int stride,
        double[] rowMax,
        ref BlockPrefetcher prefetch
    )
    {
        int width = Vector<double>.Count,
            classes = bias.Length;
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x.Data);
        ref double ws = ref MemoryMarshal.GetArrayDataReference(weightsByRow);
        ref double zs = ref MemoryMarshal.GetArrayDataReference(logits);
        ref double ms = ref MemoryMarshal.GetArrayDataReference(rowMax);
        Vector<double> b0 = new(bias[first]),
            b1 = new(bias[first + 1]);
        nuint v1 = (nuint)width,
            v2 = v1 + v1,
            v3 = v2 + v1;
        for (int t = 0; t < rows; t += 4 * width)
        {
            Vector<double> a0 = b0,
                a1 = b0,
                a2 = b0,
                a3 = b0;
            Vector<double> c0 = b1,
                c1 = b1,
                c2 = b1,
                c3 = b1;
            nuint at = (nuint)(x.Offset + t),
                w = (nuint)first;
            for (int j = 0; j < features; j++, at += (nuint)x.Stride, w += (nuint)classes)
            {
                prefetch.Next();
                var x0 = Vector.LoadUnsafe(ref xs, at);
                var x1 = Vector.LoadUnsafe(ref xs, at + v1);
                var x2 = Vector.LoadUnsafe(ref xs, at + v2);
                var x3 = Vector.LoadUnsafe(ref xs, at + v3);
                var wk = new Vector<double>(Unsafe.Add(ref ws, w));
                a0 = Vector.FusedMultiplyAdd(x0, wk, a0);
                a1 = Vector.FusedMultiplyAdd(x1, wk, a1);
                a2 = Vector.FusedMultiplyAdd(x2, wk, a2);
                a3 = Vector.FusedMultiplyAdd(x3, wk, a3);
                wk = new Vector<double>(Unsafe.Add(ref ws, w + 1));
                c0 = Vector.FusedMultiplyAdd(x0, wk, c0);
                c1 = Vector.FusedMultiplyAdd(x1, wk, c1);
                c2 = Vector.FusedMultiplyAdd(x2, wk, c2);
                c3 = Vector.FusedMultiplyAdd(x3, wk, c3);
            }
            nuint row = (nuint)t,
                z = (nuint)(first * stride) + row;
            UpdateMax(ref ms, row, first == 0, Vector.Max(a0, c0));
            UpdateMax(ref ms, row + v1, first == 0, Vector.Max(a1, c1));
            UpdateMax(ref ms, row + v2, first == 0, Vector.Max(a2, c2));
            UpdateMax(ref ms, row + v3, first == 0, Vector.Max(a3, c3));
            Store(ref zs, z, v1, a0, a1, a2, a3);
            Store(ref zs, z + (nuint)stride, v1, c0, c1, c2, c3);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void UpdateMax(ref double rowMax, nuint at, bool first, Vector<double> max) =>
        (first ? max : Vector.Max(Vector.LoadUnsafe(ref rowMax, at), max)).StoreUnsafe(ref rowMax, at);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(
        ref double z,
        nuint at,
        nuint width,
        Vector<double> r0,
        Vector<double> r1,
        Vector<double> r2,
        Vector<double> r3
    )
    {
        r0.StoreUnsafe(ref z, at);
        r1.StoreUnsafe(ref z, at + width);
        r2.StoreUnsafe(ref z, at + 2 * width);
        r3.StoreUnsafe(ref z, at + 3 * width);
    }
}
