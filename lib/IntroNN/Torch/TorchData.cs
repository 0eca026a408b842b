using MathNet.Numerics.LinearAlgebra;
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
        TorchGuard.NotNull(x, nameof(x));
        TorchNative.EnsureLoaded();
        TorchGuard.FloatingType(dtype, nameof(dtype));
        device ??= CPU;
        TorchGuard.DeviceAvailable(device, nameof(device));
        if (x.RowCount == 0 || x.ColumnCount == 0)
            throw new ArgumentException(
                $"x está vacía ({x.RowCount}×{x.ColumnCount}): hace falta al menos una muestra y una característica.",
                nameof(x)
            );

        var rowMajor = x.ToRowMajorArray();
        var bad = Array.FindIndex(rowMajor, v => !double.IsFinite(v));
        if (bad >= 0)
            throw new ArgumentException(
                $"x[{bad / x.ColumnCount}, {bad % x.ColumnCount}] vale {TorchGuard.Format(rowMajor[bad])}: los datos deben ser números finitos (sin NaN ni ∞).",
                nameof(x)
            );
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
        var checkedLabels = CheckLabels(labels, 2, "de la regresión logística deben ser 0 o 1");
        TorchGuard.FloatingType(dtype, nameof(dtype));
        return MakeLabels(checkedLabels, dtype, device);
    }

    /// <summary>Las clases 0..K−1 de la regresión softmax como vector [n] int64 (lo que pide cross_entropy de PyTorch).</summary>
    /// <exception cref="ArgumentException">K &lt; 2, etiquetas vacías o fuera de 0..K−1.</exception>
    public static Tensor ClassLabels(IReadOnlyList<int> labels, int classes, Device? device = null)
    {
        if (classes < 2)
            throw new ArgumentOutOfRangeException(
                nameof(classes),
                classes,
                $"classes vale {classes} pero hacen falta al menos 2 clases."
            );
        var checkedLabels = CheckLabels(labels, classes, $"van de 0 a {classes - 1} con {classes} clases");
        return MakeLabels(checkedLabels, ScalarType.Int64, device);
    }

    /// <summary>Los valores de un tensor de cualquier forma, en orden por filas, como double (lo copia a la CPU).</summary>
    public static double[] ToArray(Tensor t)
    {
        TorchGuard.NotNull(t, nameof(t));
        using var cpu = t.detach().to(ScalarType.Float64, CPU).contiguous();
        return cpu.data<double>().ToArray();
    }

    /// <summary>Un tensor de 1 dimensión (o con un solo elemento) como vector de MathNet.</summary>
    public static Vector<double> ToVector(Tensor t) => Vector<double>.Build.Dense(ToArray(t));

    /// <summary>Un tensor de 2 dimensiones como matriz de MathNet.</summary>
    public static Matrix<double> ToMatrix(Tensor t)
    {
        TorchGuard.NotNull(t, nameof(t));
        if (t.dim() != 2)
            throw new ArgumentException(
                $"t tiene forma [{string.Join(", ", t.shape)}] pero se esperaba una matriz de 2 dimensiones.",
                nameof(t)
            );
        return Matrix<double>.Build.DenseOfRowMajor((int)t.shape[0], (int)t.shape[1], ToArray(t));
    }

    private static int[] CheckLabels(IReadOnlyList<int> labels, int classes, string rule)
    {
        TorchGuard.NotNull(labels, nameof(labels));
        if (labels.Count == 0)
            throw new ArgumentException("labels está vacío: hace falta al menos una etiqueta.", nameof(labels));
        var array = labels.ToArray();
        var bad = Array.FindIndex(array, label => (uint)label >= (uint)classes);
        if (bad >= 0)
            throw new ArgumentException($"labels[{bad}] vale {array[bad]} pero las etiquetas {rule}.", nameof(labels));
        return array;
    }

    private static Tensor MakeLabels(int[] labels, ScalarType dtype, Device? device)
    {
        TorchNative.EnsureLoaded();
        device ??= CPU;
        TorchGuard.DeviceAvailable(device, nameof(device));
        using var cpu = tensor(labels, ScalarType.Int32);
        return cpu.to(dtype, device);
    }
}
