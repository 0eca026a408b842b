using MathNet.Numerics.LinearAlgebra;
using TorchNativeLoader;
using TorchSharp;
using static TorchSharp.torch;

namespace IntroNN.Torch;

/// <summary>
/// Pasa los datos de MathNet a tensores (y de vuelta), comprobándolos una sola vez: sin NaN ni ∞, etiquetas en rango.
/// Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.
/// </summary>
public static class TorchData
{
    /// <summary>La matriz X (muestras × características) como tensor [n, d] del tipo y dispositivo pedidos.</summary>
    /// <exception cref="ArgumentException">X vacía, o con algún NaN o ∞ (dice la fila y la columna).</exception>
    /// <exception cref="InvalidOperationException">Se pide CUDA y no hay.</exception>
    public static Tensor Features(Matrix<double> x, ScalarType dtype = ScalarType.Float64, Device? device = null)
    {
        Guard.NotNull(x, nameof(x));
        TorchNative.EnsureLoaded();
        Guard.FloatingType(dtype, nameof(dtype));
        device ??= CPU;
        Guard.DeviceAvailable(device, nameof(device));
        Guard.NotEmpty(x, nameof(x));
        Guard.Finite(x, nameof(x));

        var rowMajor = x.ToRowMajorArray();
        using var cpu = tensor(rowMajor, [x.RowCount, x.ColumnCount], ScalarType.Float64);
        return cpu.to(dtype, device);
    }

    /// <summary>Las etiquetas 0/1 de la regresión logística como vector [n] de números reales (lo que pide la BCE de PyTorch).</summary>
    /// <exception cref="ArgumentException">Etiquetas vacías o distintas de 0 y 1.</exception>
    public static Tensor BinaryLabels(
        IReadOnlyList<int> labels,
        ScalarType dtype = ScalarType.Float64,
        Device? device = null
    )
    {
        var checkedLabels = CheckLabels(labels, 2);
        Guard.FloatingType(dtype, nameof(dtype));
        return MakeLabels(checkedLabels, dtype, device);
    }

    /// <summary>Las clases 0..K−1 de la regresión softmax como vector [n] int64 (lo que pide cross_entropy de PyTorch).</summary>
    /// <exception cref="ArgumentException">K &lt; 2, etiquetas vacías o fuera de 0..K−1.</exception>
    public static Tensor ClassLabels(IReadOnlyList<int> labels, int classes, Device? device = null)
    {
        Guard.Classes(classes);
        var checkedLabels = CheckLabels(labels, classes);
        return MakeLabels(checkedLabels, ScalarType.Int64, device);
    }

    /// <summary>Los valores de un tensor de cualquier forma, en orden por filas, como double (lo copia a la CPU).</summary>
    public static double[] ToArray(Tensor t)
    {
        Guard.NotNull(t, nameof(t));
        using var cpu = t.detach().to(ScalarType.Float64, CPU).contiguous();
        return cpu.data<double>().ToArray();
    }

    /// <summary>Un tensor de 1 dimensión (o con un solo elemento) como vector de MathNet.</summary>
    public static Vector<double> ToVector(Tensor t) => Vector<double>.Build.Dense(ToArray(t));

    /// <summary>Un tensor de 2 dimensiones como matriz de MathNet.</summary>
    public static Matrix<double> ToMatrix(Tensor t)
    {
        Guard.NotNull(t, nameof(t));
        if (t.dim() != 2)
            Guard.Fail(nameof(t), $"tiene forma {Guard.Shape(t)}", "una matriz de 2 dimensiones");
        return Matrix<double>.Build.DenseOfRowMajor((int)t.shape[0], (int)t.shape[1], ToArray(t));
    }

    private static int[] CheckLabels(IReadOnlyList<int> labels, int classes)
    {
        Guard.NotEmpty(labels, nameof(labels));
        Guard.Labels(labels, classes);
        return labels.ToArray();
    }

    private static Tensor MakeLabels(int[] labels, ScalarType dtype, Device? device)
    {
        TorchNative.EnsureLoaded();
        device ??= CPU;
        Guard.DeviceAvailable(device, nameof(device));
        using var cpu = tensor(labels, ScalarType.Int32);
        return cpu.to(dtype, device);
    }
}
