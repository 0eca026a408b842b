using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace IntroNN.Kernels;

/// <summary>
/// Lo que la softmax hace fila a fila en un bloque, ya calculados Z y su máximo por fila: las exponenciales, la
/// pérdida y P − Y. Las columnas de clase van separadas por <c>stride</c> en el búfer de logits.
/// </summary>
internal static class SoftmaxRows
{
    /// <summary>
    /// Las etiquetas del bloque como double en <paramref name="result"/>, y −1 en las filas de relleno hasta
    /// <paramref name="paddedRows"/> (ninguna clase las reclama, y así se reconocen).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Labels(ReadOnlySpan<int> labels, Span<double> result, int paddedRows)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
            for (; i <= labels.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                Vector.Widen(new Vector<int>(labels[i..]), out Vector<long> low, out Vector<long> high);
                Vector.ConvertToDouble(low).CopyTo(result[i..]);
                Vector.ConvertToDouble(high).CopyTo(result[(i + Vector<long>.Count)..]);
            }
        for (; i < labels.Length; i++)
            result[i] = labels[i];
        result[labels.Length..paddedRows].Fill(-1);
    }

    /// <summary>
    /// Cambia cada zₖ por P − Y = e^(zₖ − máx)/Σ − [y = k] (0 en las filas de relleno), deja en
    /// <paramref name="biasGradient"/>[k] la suma de la columna k y devuelve la suma de las pérdidas
    /// −log softmax(z)[y] = log Σₖ e^(zₖ − máx) + máx − z_y de las filas de verdad.
    /// </summary>
    /// <remarks>
    /// En tres pasadas por el bloque, cada una sencilla y con vueltas independientes entre sí: las exponenciales (con
    /// vectores de 8 si hay AVX-512, que las hacen en la mitad de tiempo: ver <see cref="VectorExp"/>), el logaritmo y
    /// la inversa de cada suma, y P − Y. Los datos del bloque siguen en la caché entre una pasada y otra.
    /// </remarks>
    public static double LossAndResiduals(
        double[] logits,
        int stride,
        int classes,
        int paddedRows,
        SoftmaxBlockBuffers b,
        Span<double> biasGradient
    )
    {
        if (Vector512.IsHardwareAccelerated)
            ExponentialsWide(logits, stride, classes, paddedRows, b);
        else
            Exponentials(logits, stride, classes, paddedRows, b);
        double loss = LossAndInverse(paddedRows, b);
        Residuals(logits, stride, classes, paddedRows, b, biasGradient);
        return loss;
    }

    /// <summary>zₖ ← e^(zₖ − máx); <c>RowSum</c> ← Σₖ e^(zₖ − máx) y <c>Picked</c> ← z_y de cada fila.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Exponentials(double[] logits, int stride, int classes, int paddedRows, SoftmaxBlockBuffers b)
    {
        ref double zs = ref MemoryMarshal.GetArrayDataReference(logits);
        ref double ls = ref MemoryMarshal.GetArrayDataReference(b.Labels);
        ref double ms = ref MemoryMarshal.GetArrayDataReference(b.RowMax);
        ref double ss = ref MemoryMarshal.GetArrayDataReference(b.RowSum);
        ref double ps = ref MemoryMarshal.GetArrayDataReference(b.Picked);
        for (int i = 0; i < paddedRows; i += Vector<double>.Count)
        {
            nuint at = (nuint)i;
            var max = Vector.LoadUnsafe(ref ms, at);
            var label = Vector.LoadUnsafe(ref ls, at);
            var sum = Vector<double>.Zero;
            var picked = Vector<double>.Zero;
            nuint z = at;
            for (int k = 0; k < classes; k++, z += (nuint)stride)
            {
                var zk = Vector.LoadUnsafe(ref zs, z);
                picked = Vector.ConditionalSelect(Vector.Equals(label, new Vector<double>(k)), zk, picked);
                var e = VectorExp.Compute(zk - max);
                e.StoreUnsafe(ref zs, z);
                sum += e;
            }
            sum.StoreUnsafe(ref ss, at);
            picked.StoreUnsafe(ref ps, at);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ExponentialsWide(
        double[] logits,
        int stride,
        int classes,
        int paddedRows,
        SoftmaxBlockBuffers b
    )
    {
        ref double zs = ref MemoryMarshal.GetArrayDataReference(logits);
        ref double ls = ref MemoryMarshal.GetArrayDataReference(b.Labels);
        ref double ms = ref MemoryMarshal.GetArrayDataReference(b.RowMax);
        ref double ss = ref MemoryMarshal.GetArrayDataReference(b.RowSum);
        ref double ps = ref MemoryMarshal.GetArrayDataReference(b.Picked);
        for (int i = 0; i < paddedRows; i += Vector512<double>.Count)
        {
            nuint at = (nuint)i;
            var max = Vector512.LoadUnsafe(ref ms, at);
            var label = Vector512.LoadUnsafe(ref ls, at);
            var sum = Vector512<double>.Zero;
            var picked = Vector512<double>.Zero;
            nuint z = at;
            for (int k = 0; k < classes; k++, z += (nuint)stride)
            {
                var zk = Vector512.LoadUnsafe(ref zs, z);
                picked = Vector512.ConditionalSelect(Vector512.Equals(label, Vector512.Create((double)k)), zk, picked);
                var e = VectorExp.Compute(zk - max);
                e.StoreUnsafe(ref zs, z);
                sum += e;
            }
            sum.StoreUnsafe(ref ss, at);
            picked.StoreUnsafe(ref ps, at);
        }
    }

    /// <summary>Suma de log Σ + máx − z_y de las filas de verdad; <c>RowSum</c> ← 1/Σ (0 en las de relleno).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double LossAndInverse(int paddedRows, SoftmaxBlockBuffers b)
    {
        ref double ls = ref MemoryMarshal.GetArrayDataReference(b.Labels);
        ref double ms = ref MemoryMarshal.GetArrayDataReference(b.RowMax);
        ref double ss = ref MemoryMarshal.GetArrayDataReference(b.RowSum);
        ref double ps = ref MemoryMarshal.GetArrayDataReference(b.Picked);
        var loss = Vector<double>.Zero;
        for (int i = 0; i < paddedRows; i += Vector<double>.Count)
        {
            nuint at = (nuint)i;
            var sum = Vector.LoadUnsafe(ref ss, at);
            var real = Vector.GreaterThanOrEqual(Vector.LoadUnsafe(ref ls, at), Vector<double>.Zero);
            var rowLoss = VectorLog.OfAtLeastOne(sum) + Vector.LoadUnsafe(ref ms, at) - Vector.LoadUnsafe(ref ps, at);
            loss += Vector.ConditionalSelect(real, rowLoss, Vector<double>.Zero);
            Vector.ConditionalSelect(real, Vector<double>.One / sum, Vector<double>.Zero).StoreUnsafe(ref ss, at);
        }
        return Vector.Sum(loss);
    }

    /// <summary>zₖ ← e·(1/Σ) − [y = k]; <paramref name="biasGradient"/>[k] ← su suma.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Residuals(
        double[] logits,
        int stride,
        int classes,
        int paddedRows,
        SoftmaxBlockBuffers b,
        Span<double> biasGradient
    )
    {
        ref double zs = ref MemoryMarshal.GetArrayDataReference(logits);
        ref double ls = ref MemoryMarshal.GetArrayDataReference(b.Labels);
        ref double inverse = ref MemoryMarshal.GetArrayDataReference(b.RowSum);
        for (int k = 0; k < classes; k++)
        {
            nuint z = (nuint)(k * stride);
            var klass = new Vector<double>(k);
            var sum = Vector<double>.Zero;
            for (int i = 0; i < paddedRows; i += Vector<double>.Count)
            {
                nuint at = (nuint)i;
                var target = Vector.ConditionalSelect(
                    Vector.Equals(Vector.LoadUnsafe(ref ls, at), klass),
                    Vector<double>.One,
                    Vector<double>.Zero
                );
                var r = Vector.FusedMultiplyAdd(
                    Vector.LoadUnsafe(ref zs, z + at),
                    Vector.LoadUnsafe(ref inverse, at),
                    -target
                );
                r.StoreUnsafe(ref zs, z + at);
                sum += r;
            }
            biasGradient[k] = Vector.Sum(sum);
        }
    }
}
