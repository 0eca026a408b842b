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
    public static void Labels(ReadOnlySpan<int> labels, double[] result, int paddedRows)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
            for (; i <= labels.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                Vector.Widen(new Vector<int>(labels[i..]), out Vector<long> low, out Vector<long> high);
                Vector.ConvertToDouble(low).CopyTo(result, i);
                Vector.ConvertToDouble(high).CopyTo(result, i + Vector<long>.Count);
            }
        for (; i < labels.Length; i++)
            result[i] = labels[i];
        result.AsSpan(labels.Length, paddedRows - labels.Length).Fill(-1);
    }

    /// <summary>
    /// Cambia cada zₖ por e^(zₖ − máx), guarda 1/Σₖ e^(zₖ − máx) de cada fila (0 en las de relleno) y devuelve la suma
    /// de las pérdidas −log softmax(z)[y] = log Σₖ e^(zₖ − máx) + máx − z_y de las filas de verdad.
    /// </summary>
    /// <remarks>
    /// Fila a fila (un vector de filas cada vez, todas sus clases seguidas): la suma y z_y se quedan en registros.
    /// Con AVX-512 usa vectores de 8: las exponenciales son la mitad del tiempo del paso (ver <see cref="VectorExp"/>).
    /// </remarks>
    public static double ExpAndLoss(double[] logits, int stride, int classes, int paddedRows, SoftmaxBlockBuffers b) =>
        Vector512.IsHardwareAccelerated
            ? ExpAndLoss512(logits, stride, classes, paddedRows, b)
            : ExpAndLossVector(logits, stride, classes, paddedRows, b);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double ExpAndLossVector(
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
        ref double inverse = ref MemoryMarshal.GetArrayDataReference(b.InverseSum);
        var loss = Vector<double>.Zero;
        for (int i = 0; i < paddedRows; i += Vector<double>.Count)
        {
            nuint at = (nuint)i;
            var max = Vector.LoadUnsafe(ref ms, at);
            var label = Vector.LoadUnsafe(ref ls, at);
            var sum = Vector<double>.Zero;
            var picked = Vector<double>.Zero; // z_y
            nuint z = at;
            for (int k = 0; k < classes; k++, z += (nuint)stride)
            {
                var zk = Vector.LoadUnsafe(ref zs, z);
                picked = Vector.ConditionalSelect(Vector.Equals(label, new Vector<double>(k)), zk, picked);
                var e = VectorExp.Compute(zk - max);
                e.StoreUnsafe(ref zs, z);
                sum += e;
            }
            var real = Vector.GreaterThanOrEqual(label, Vector<double>.Zero);
            loss += Vector.ConditionalSelect(real, VectorLog.OfAtLeastOne(sum) + max - picked, Vector<double>.Zero);
            Vector.ConditionalSelect(real, Vector<double>.One / sum, Vector<double>.Zero).StoreUnsafe(ref inverse, at);
        }
        return Vector.Sum(loss);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double ExpAndLoss512(double[] logits, int stride, int classes, int paddedRows, SoftmaxBlockBuffers b)
    {
        ref double zs = ref MemoryMarshal.GetArrayDataReference(logits);
        ref double ls = ref MemoryMarshal.GetArrayDataReference(b.Labels);
        ref double ms = ref MemoryMarshal.GetArrayDataReference(b.RowMax);
        ref double inverse = ref MemoryMarshal.GetArrayDataReference(b.InverseSum);
        var loss = Vector512<double>.Zero;
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
            var real = Vector512.GreaterThanOrEqual(label, Vector512<double>.Zero);
            loss += Vector512.ConditionalSelect(
                real,
                VectorLog.OfAtLeastOne(sum) + max - picked,
                Vector512<double>.Zero
            );
            Vector512
                .ConditionalSelect(real, Vector512<double>.One / sum, Vector512<double>.Zero)
                .StoreUnsafe(ref inverse, at);
        }
        return Vector512.Sum(loss);
    }

    /// <summary>
    /// P − Y: cada e^(zₖ − máx) pasa a e·(1/Σ) − [y = k] (0 en las filas de relleno), y en
    /// <paramref name="biasGradient"/>[k] queda su suma por clase.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Residuals(
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
        ref double inverse = ref MemoryMarshal.GetArrayDataReference(b.InverseSum);
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
