using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Los parámetros de un modelo lineal, W (d × K, por columnas como MathNet) y b (K sesgos), y lo que la regresión
/// logística (K = 1) y la softmax hacen igual con ellos: comprobar sus entradas, sumar la penalización L2, dar el paso
/// de descenso y leerlos o escribirlos como un solo vector θ = (W por columnas, b).
/// </summary>
internal sealed class LinearParameters
{
    public LinearParameters(double[] weights, double[] bias)
    {
        Weights = weights;
        Bias = bias;
        Features = weights.Length / bias.Length;
    }

    /// <summary>W por columnas: W[j, k] está en [k·d + j].</summary>
    public double[] Weights { get; }

    public double[] Bias { get; }

    /// <summary>d, las características (filas de W).</summary>
    public int Features { get; }

    /// <summary>X de una inferencia o de un paso: no vacía y con una columna por característica.</summary>
    public void CheckInput(Matrix<double> x)
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.ColumnsMatchWeights(x, Features);
    }

    /// <summary>Un lote de entrenamiento: X, una etiqueta de 0 a K − 1 por fila y l2 ≥ 0.</summary>
    public void CheckBatch(Matrix<double> x, IReadOnlyList<int> labels, int classes, double l2)
    {
        CheckInput(x);
        Guard.NotNull(labels, nameof(labels), "una lista de etiquetas");
        Guard.RowsMatchLabels(x, labels.Count);
        Guard.Labels(labels, classes);
        Guard.NonNegative(l2, nameof(l2));
    }

    /// <summary>Suma (l2/2)·‖W‖² a la pérdida y l2·W al gradiente (si lo hay). El sesgo no se penaliza.</summary>
    public double AddL2(double loss, double l2, double[]? gradient)
    {
        if (!(l2 > 0))
            return loss;
        double squaredNorm = 0;
        for (int i = 0; i < Weights.Length; i++)
        {
            squaredNorm += Weights[i] * Weights[i];
            if (gradient is not null)
                gradient[i] += l2 * Weights[i];
        }
        return loss + l2 / 2 * squaredNorm;
    }

    /// <summary>Un paso de descenso: W ← W − η·∂L/∂W, b ← b − η·∂L/∂b.</summary>
    public void Descend(double learningRate, ReadOnlySpan<double> gradient, ReadOnlySpan<double> gradientBias)
    {
        for (int i = 0; i < Weights.Length; i++)
            Weights[i] -= learningRate * gradient[i];
        for (int k = 0; k < Bias.Length; k++)
            Bias[k] -= learningRate * gradientBias[k];
    }

    /// <summary>θ = (W por columnas, b).</summary>
    public Vector<double> Get() => Concat(Weights, Bias);

    /// <summary>Sustituye W y b por los de un vector θ con el orden de <see cref="Get"/>.</summary>
    public void Set(Vector<double> theta, string description)
    {
        Guard.NotNull(theta, "parameters", "un vector de parámetros");
        Guard.SameLength(theta.Count, "parameters", Weights.Length + Bias.Length, description);
        Guard.Finite(theta, "parameters");
        for (int i = 0; i < Weights.Length; i++)
            Weights[i] = theta[i];
        for (int k = 0; k < Bias.Length; k++)
            Bias[k] = theta[Weights.Length + k];
    }

    /// <summary>Un gradiente (∂L/∂W, ∂L/∂b) como un solo vector, en el orden de θ.</summary>
    public static Vector<double> Concat(ReadOnlySpan<double> weights, ReadOnlySpan<double> bias)
    {
        var theta = new double[weights.Length + bias.Length];
        weights.CopyTo(theta);
        bias.CopyTo(theta.AsSpan(weights.Length));
        return Vector<double>.Build.Dense(theta);
    }
}
