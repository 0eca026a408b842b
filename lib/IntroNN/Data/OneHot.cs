using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>Codificación one-hot: la etiqueta k se convierte en una fila con un 1 en la columna k y 0 en el resto.</summary>
public static class OneHot
{
    /// <summary>Matriz n × K con Y[i, labels[i]] = 1 y el resto 0.</summary>
    /// <remarks>
    /// Capítulo 5: notebooks/05-softmax.ipynb. Con ella el gradiente de la entropía cruzada categórica se escribe
    /// Xᵀ(P − Y)/n, la misma forma que en la regresión logística.
    /// </remarks>
    public static Matrix<double> Encode(IReadOnlyList<int> labels, int classes)
    {
        Guard.NotNull(labels, nameof(labels));
        Guard.Classes(classes);
        Guard.Labels(labels, classes);
        var y = Matrix<double>.Build.Dense(labels.Count, classes);
        for (int i = 0; i < labels.Count; i++)
            y[i, labels[i]] = 1;
        return y;
    }
}
