using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Storage;

namespace IntroNN.Kernels;

/// <summary>Acceso al almacenamiento por columnas de una matriz densa de MathNet, sin copiarlo.</summary>
internal static class DenseData
{
    /// <summary>
    /// El array por columnas (el elemento (i, j) está en <c>[j·filas + i]</c>) si la matriz es densa; null si no.
    /// </summary>
    public static double[]? TryGet(Matrix<double> m) =>
        m.Storage is DenseColumnMajorMatrixStorage<double> dense ? dense.Data : null;

    /// <summary>Las etiquetas como array: el mismo objeto si ya lo es, o una copia en <paramref name="buffer"/> reutilizable.</summary>
    public static int[] Labels(IReadOnlyList<int> labels, ref int[]? buffer)
    {
        if (labels is int[] array)
            return array;
        if (buffer is null || buffer.Length != labels.Count)
            buffer = new int[labels.Count];
        for (int i = 0; i < buffer.Length; i++)
            buffer[i] = labels[i];
        return buffer;
    }
}
