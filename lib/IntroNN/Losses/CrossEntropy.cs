using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

public static partial class Losses
{
    /// <summary>
    /// Entropía cruzada categórica media calculada desde los logits: (1/n)·Σᵢ −log softmax(zᵢ)[yᵢ].
    /// </summary>
    /// <remarks>
    /// Capítulo 5: notebooks/05-softmax.ipynb (es <c>CrossEntropyLoss</c> de PyTorch).
    /// Usa log-softmax estable: −log softmax(z)[y] = log Σⱼ e^(zⱼ) − z_y, con el máximo restado, así que no hay log 0.
    /// Con K = 2 y logits (0, z) coincide con la entropía cruzada binaria de σ(z).
    /// </remarks>
    /// <param name="logits">n × K: una fila por muestra, una columna por clase.</param>
    /// <param name="labels">n etiquetas entre 0 y K − 1.</param>
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> labels)
    {
        Guard.NotEmpty(logits, nameof(logits));
        Guard.NotNull(labels, nameof(labels));
        Guard.Classes(logits.ColumnCount, "logits.ColumnCount");
        Guard.RowsMatchLabels(logits, labels.Count, nameof(logits), nameof(labels));
        Guard.Labels(labels, logits.ColumnCount);
        Guard.Finite(logits, nameof(logits));
        var row = new double[logits.ColumnCount];
        double sum = 0;
        for (int i = 0; i < logits.RowCount; i++)
        {
            for (int k = 0; k < row.Length; k++)
                row[k] = logits[i, k];
            sum += Activations.LogSumExp(row) - row[labels[i]];
        }
        return sum / logits.RowCount;
    }
}
