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
    /// Cambia cada zₖ por P − Y = e^(zₖ − máx)/Σ − [y = k] (0 en las filas de relleno), deja en
    /// <paramref name="biasGradient"/>[k] la suma de la columna k y devuelve la suma de las pérdidas
    /// −log softmax(z)[y] = log Σₖ e^(zₖ − máx) + máx − z_y de las filas de verdad.
    /// </summary>
    /// <remarks>
    /// Un vector de filas cada vez, con todas sus clases seguidas: la suma, z_y y 1/Σ se quedan en registros, y las
    /// exponenciales recién escritas se vuelven a leer de la caché L1. Con AVX-512 usa vectores de 8: las
    /// exponenciales son buena parte del paso y así cuestan la mitad (ver <see cref="VectorExp"/>).
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
        double loss = Vector512.IsHardwareAccelerated
            ? Wide(logits, stride, classes, paddedRows, b)
            : Narrow(logits, stride, classes, paddedRows, b);
        for (int k = 0; k < classes; k++)
            biasGradient[k] = TotalOf(b.ClassSums.AsSpan(k * 8, 8));
        return loss;
    }

    private static double TotalOf(ReadOnlySpan<double> lanes)
    {
        double total = 0;
        foreach (double lane in lanes)
            total += lane;
        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Narrow(double[] logits, int stride, int classes, int paddedRows, SoftmaxBlockBuffers b)
    {
        ref double zs = ref MemoryMarshal.GetArrayDataReference(logits);
        ref double ls = ref MemoryMarshal.GetArrayDataReference(b.Labels);
        ref double ms = ref MemoryMarshal.GetArrayDataReference(b.RowMax);
        ref double sums = ref MemoryMarshal.GetArrayDataReference(b.ClassSums); // 8 números por clase
        Array.Clear(b.ClassSums);
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
            var inverse = Vector.ConditionalSelect(real, Vector<double>.One / sum, Vector<double>.Zero);
            z = at;
            for (int k = 0; k < classes; k++, z += (nuint)stride)
            {
                var target = Vector.ConditionalSelect(
                    Vector.Equals(label, new Vector<double>(k)),
                    Vector<double>.One,
                    Vector<double>.Zero
                );
                var r = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref zs, z), inverse, -target);
                r.StoreUnsafe(ref zs, z);
                nuint s = (nuint)(8 * k);
                (Vector.LoadUnsafe(ref sums, s) + r).StoreUnsafe(ref sums, s);
            }
        }
        return Vector.Sum(loss);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Wide(double[] logits, int stride, int classes, int paddedRows, SoftmaxBlockBuffers b)
    {
        ref double zs = ref MemoryMarshal.GetArrayDataReference(logits);
        ref double ls = ref MemoryMarshal.GetArrayDataReference(b.Labels);
        ref double ms = ref MemoryMarshal.GetArrayDataReference(b.RowMax);
        ref double sums = ref MemoryMarshal.GetArrayDataReference(b.ClassSums);
        Array.Clear(b.ClassSums);
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
            var inverse = Vector512.ConditionalSelect(real, Vector512<double>.One / sum, Vector512<double>.Zero);
            z = at;
            for (int k = 0; k < classes; k++, z += (nuint)stride)
            {
                var target = Vector512.ConditionalSelect(
                    Vector512.Equals(label, Vector512.Create((double)k)),
                    Vector512<double>.One,
                    Vector512<double>.Zero
                );
                var r = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref zs, z), inverse, -target);
                r.StoreUnsafe(ref zs, z);
                nuint s = (nuint)(8 * k);
                (Vector512.LoadUnsafe(ref sums, s) + r).StoreUnsafe(ref sums, s);
            }
        }
        return Vector512.Sum(loss);
    }
}
