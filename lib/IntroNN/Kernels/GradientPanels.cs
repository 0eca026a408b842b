using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IntroNN.Kernels;

/// <summary>
/// La aportación de un bloque de filas a Xᵀ·R (R = P − Y), por paneles de 4 columnas de X × 4 (o 2) clases.
/// </summary>
/// <remarks>
/// Cada panel baja por las filas del bloque con 16 (u 8) acumuladores en registros, uno por pareja (columna, clase):
/// por cada vector de filas, 4 lecturas de X, 4 (o 2) de R y 16 (u 8) multiplicaciones-suma independientes. Al final,
/// cada acumulador se suma en un número. Cada vuelta pide también una línea del bloque siguiente
/// (<see cref="BlockPrefetcher"/>).
/// </remarks>
internal static class GradientPanels
{
    /// <summary>
    /// g[4·c + i] = Σ_filas X[fila, <paramref name="column"/> + i]·R[fila, <paramref name="first"/> + c], para i y c de 0
    /// a 3, sobre las <paramref name="rows"/> filas del bloque (múltiplo del ancho del vector).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Four(
        BlockColumns x,
        int rows,
        int column,
        double[] residuals,
        int stride,
        int first,
        Span<double> g,
        ref BlockPrefetcher prefetch
    )
    {
        int width = Vector<double>.Count;
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x.Data);
        ref double rs = ref MemoryMarshal.GetArrayDataReference(residuals);
        nuint x0 = (nuint)(x.Offset + column * x.Stride),
            x1 = x0 + (nuint)x.Stride,
            x2 = x1 + (nuint)x.Stride,
            x3 = x2 + (nuint)x.Stride;
        nuint r0 = (nuint)(first * stride),
            r1 = r0 + (nuint)stride,
            r2 = r1 + (nuint)stride,
            r3 = r2 + (nuint)stride;
        Vector<double> a0 = default,
            a1 = default,
            a2 = default,
            a3 = default; // clase first, las 4 columnas
        Vector<double> c0 = default,
            c1 = default,
            c2 = default,
            c3 = default;
        Vector<double> e0 = default,
            e1 = default,
            e2 = default,
            e3 = default;
        Vector<double> h0 = default,
            h1 = default,
            h2 = default,
            h3 = default;
        for (int i = 0; i < rows; i += width)
        {
            nuint at = (nuint)i;
            prefetch.Next();
            var v0 = Vector.LoadUnsafe(ref xs, x0 + at);
            var v1 = Vector.LoadUnsafe(ref xs, x1 + at);
            var v2 = Vector.LoadUnsafe(ref xs, x2 + at);
            var v3 = Vector.LoadUnsafe(ref xs, x3 + at);
            var r = Vector.LoadUnsafe(ref rs, r0 + at);
            a0 = Vector.FusedMultiplyAdd(v0, r, a0);
            a1 = Vector.FusedMultiplyAdd(v1, r, a1);
            a2 = Vector.FusedMultiplyAdd(v2, r, a2);
            a3 = Vector.FusedMultiplyAdd(v3, r, a3);
            r = Vector.LoadUnsafe(ref rs, r1 + at);
            c0 = Vector.FusedMultiplyAdd(v0, r, c0);
            c1 = Vector.FusedMultiplyAdd(v1, r, c1);
            c2 = Vector.FusedMultiplyAdd(v2, r, c2);
            c3 = Vector.FusedMultiplyAdd(v3, r, c3);
            r = Vector.LoadUnsafe(ref rs, r2 + at);
            e0 = Vector.FusedMultiplyAdd(v0, r, e0);
            e1 = Vector.FusedMultiplyAdd(v1, r, e1);
            e2 = Vector.FusedMultiplyAdd(v2, r, e2);
            e3 = Vector.FusedMultiplyAdd(v3, r, e3);
            r = Vector.LoadUnsafe(ref rs, r3 + at);
            h0 = Vector.FusedMultiplyAdd(v0, r, h0);
            h1 = Vector.FusedMultiplyAdd(v1, r, h1);
            h2 = Vector.FusedMultiplyAdd(v2, r, h2);
            h3 = Vector.FusedMultiplyAdd(v3, r, h3);
        }
        Sums(g, a0, a1, a2, a3);
        Sums(g[4..], c0, c1, c2, c3);
        Sums(g[8..], e0, e1, e2, e3);
        Sums(g[12..], h0, h1, h2, h3);
    }

    /// <summary>Como <see cref="Four"/>, con las clases <paramref name="first"/> y +1: g[0..8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Two(
        BlockColumns x,
        int rows,
        int column,
        double[] residuals,
        int stride,
        int first,
        Span<double> g,
        ref BlockPrefetcher prefetch
    )
    {
        int width = Vector<double>.Count;
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x.Data);
        ref double rs = ref MemoryMarshal.GetArrayDataReference(residuals);
        nuint x0 = (nuint)(x.Offset + column * x.Stride),
            x1 = x0 + (nuint)x.Stride,
            x2 = x1 + (nuint)x.Stride,
            x3 = x2 + (nuint)x.Stride;
        nuint r0 = (nuint)(first * stride),
            r1 = r0 + (nuint)stride;
        Vector<double> a0 = default,
            a1 = default,
            a2 = default,
            a3 = default;
        Vector<double> c0 = default,
            c1 = default,
            c2 = default,
            c3 = default;
        for (int i = 0; i < rows; i += width)
        {
            nuint at = (nuint)i;
            prefetch.Next();
            var v0 = Vector.LoadUnsafe(ref xs, x0 + at);
            var v1 = Vector.LoadUnsafe(ref xs, x1 + at);
            var v2 = Vector.LoadUnsafe(ref xs, x2 + at);
            var v3 = Vector.LoadUnsafe(ref xs, x3 + at);
            var r = Vector.LoadUnsafe(ref rs, r0 + at);
            a0 = Vector.FusedMultiplyAdd(v0, r, a0);
            a1 = Vector.FusedMultiplyAdd(v1, r, a1);
            a2 = Vector.FusedMultiplyAdd(v2, r, a2);
            a3 = Vector.FusedMultiplyAdd(v3, r, a3);
            r = Vector.LoadUnsafe(ref rs, r1 + at);
            c0 = Vector.FusedMultiplyAdd(v0, r, c0);
            c1 = Vector.FusedMultiplyAdd(v1, r, c1);
            c2 = Vector.FusedMultiplyAdd(v2, r, c2);
            c3 = Vector.FusedMultiplyAdd(v3, r, c3);
        }
        Sums(g, a0, a1, a2, a3);
        Sums(g[4..], c0, c1, c2, c3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Sums(Span<double> g, Vector<double> s0, Vector<double> s1, Vector<double> s2, Vector<double> s3)
    {
        g[0] = Vector.Sum(s0);
        g[1] = Vector.Sum(s1);
        g[2] = Vector.Sum(s2);
        g[3] = Vector.Sum(s3);
    }
}
