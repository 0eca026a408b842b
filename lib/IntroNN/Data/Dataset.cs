using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Un conjunto de datos etiquetado: X (n muestras × d características) y una etiqueta entera por muestra.
/// Se valida al construirlo: misma cantidad de filas y etiquetas, al menos una muestra, ningún NaN ni ∞, etiquetas ≥ 0.
/// </summary>
/// <remarks>Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.</remarks>
/// <param name="Features">X: una fila por muestra, una columna por característica.</param>
/// <param name="Labels">Una etiqueta por fila: 0/1 para la regresión logística, 0..K−1 para softmax.</param>
public sealed record Dataset(Matrix<double> Features, int[] Labels)
{
    /// <summary>X: una fila por muestra, una columna por característica.</summary>
    public Matrix<double> Features { get; } = Validated(Features, Labels);

    /// <summary>Una etiqueta por fila.</summary>
    public int[] Labels { get; } = Labels;

    /// <summary>Número de muestras (filas).</summary>
    public int Count => Features.RowCount;

    /// <summary>Número de características (columnas).</summary>
    public int FeatureCount => Features.ColumnCount;

    /// <summary>Número de clases: la mayor etiqueta + 1 (al menos 2, lo que necesita un clasificador).</summary>
    public int ClassCount => Math.Max(2, Labels.Max() + 1);

    /// <summary>Las muestras de las posiciones <paramref name="indices"/>, en ese orden.</summary>
    public Dataset Subset(IReadOnlyList<int> indices)
    {
        Guard.NotNull(indices, nameof(indices));
        foreach (int i in indices)
            if ((uint)i >= (uint)Count)
                Guard.Fail(
                    nameof(indices),
                    $"incluye el índice {i}",
                    $"índices de 0 a {Count - 1}: el conjunto tiene {Count} muestras"
                );
        var x = Matrix<double>.Build.Dense(indices.Count, FeatureCount, (r, c) => Features[indices[r], c]);
        var y = new int[indices.Count];
        for (int r = 0; r < y.Length; r++)
            y[r] = Labels[indices[r]];
        return new Dataset(x, y);
    }

    private static Matrix<double> Validated(Matrix<double> features, int[] labels)
    {
        Guard.NotNull(features, nameof(Features));
        Guard.NotNull(labels, nameof(Labels));
        Guard.NotEmpty(features, nameof(Features));
        Guard.RowsMatchLabels(features, labels.Length, nameof(Features), nameof(Labels));
        Guard.Finite(features, nameof(Features));
        for (int i = 0; i < labels.Length; i++)
            if (labels[i] < 0)
                throw Guard.Error(
                    $"Labels[{i}]",
                    $"vale {labels[i]}",
                    "un índice de clase: un entero ≥ 0",
                    null,
                    nameof(Labels)
                );
        return features;
    }
}
