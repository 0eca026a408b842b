using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Estandarización: x' = (x − media) / desviación, columna a columna, con la media y la desviación del conjunto de
/// entrenamiento (como <c>StandardScaler</c> de scikit-learn).
/// </summary>
/// <remarks>
/// Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb: con las características en la misma escala, una sola
/// tasa de aprendizaje sirve para todos los pesos y el descenso no zigzaguea.
/// Se ajusta con el entrenamiento y se aplica igual al test: usar la media del test filtraría información.
/// La desviación es la poblacional (divide entre n). Una columna constante (desviación 0) se divide entre 1.
/// </remarks>
public sealed class Standardizer
{
    private Standardizer(Vector<double> means, Vector<double> standardDeviations)
    {
        Means = means;
        StandardDeviations = standardDeviations;
    }

    /// <summary>La media de cada columna.</summary>
    public Vector<double> Means { get; }

    /// <summary>La desviación típica (poblacional) de cada columna; 1 donde la columna era constante.</summary>
    public Vector<double> StandardDeviations { get; }

    /// <summary>Calcula media y desviación de cada columna de <paramref name="x"/>.</summary>
    public static Standardizer Fit(Matrix<double> x)
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.Finite(x, nameof(x));
        int n = x.RowCount,
            d = x.ColumnCount;
        var means = Vector<double>.Build.Dense(d);
        var deviations = Vector<double>.Build.Dense(d);
        for (int j = 0; j < d; j++)
        {
            var column = x.Column(j);
            double mean = column.Sum() / n;
            double variance = 0;
            for (int i = 0; i < n; i++)
                variance += (column[i] - mean) * (column[i] - mean);
            double deviation = Math.Sqrt(variance / n);
            means[j] = mean;
            deviations[j] = deviation > 0 ? deviation : 1;
        }
        return new Standardizer(means, deviations);
    }

    /// <summary>Calcula media y desviación de las características de <paramref name="data"/>.</summary>
    public static Standardizer Fit(Dataset data)
    {
        Guard.NotNull(data, nameof(data));
        return Fit(data.Features);
    }

    /// <summary>Una matriz nueva con cada columna estandarizada con la media y la desviación guardadas.</summary>
    /// <exception cref="ArgumentException">x vacía, con otro número de columnas, o con NaN o ∞ (como en <see cref="Fit(Matrix{double})"/>).</exception>
    public Matrix<double> Transform(Matrix<double> x)
    {
        CheckColumns(x);
        return Matrix<double>.Build.Dense(
            x.RowCount,
            x.ColumnCount,
            (i, j) => (x[i, j] - Means[j]) / StandardDeviations[j]
        );
    }

    /// <summary>El mismo conjunto con las características estandarizadas (las etiquetas no cambian).</summary>
    public Dataset Transform(Dataset data)
    {
        Guard.NotNull(data, nameof(data));
        return new Dataset(Transform(data.Features), (int[])data.Labels.Clone());
    }

    /// <summary>Deshace la estandarización: x = x'·desviación + media (para dibujar en las unidades originales).</summary>
    public Matrix<double> InverseTransform(Matrix<double> x)
    {
        CheckColumns(x);
        return Matrix<double>.Build.Dense(
            x.RowCount,
            x.ColumnCount,
            (i, j) => x[i, j] * StandardDeviations[j] + Means[j]
        );
    }

    /// <summary>X no vacía, finita y con las columnas con que se ajustó.</summary>
    private void CheckColumns(Matrix<double> x)
    {
        Guard.NotEmpty(x, nameof(x));
        if (x.ColumnCount != Means.Count)
            Guard.Fail(
                nameof(x),
                $"({Guard.Shape(x)}) tiene {x.ColumnCount} columnas",
                $"{Means.Count}, las del ajuste"
            );
        Guard.Finite(x, nameof(x));
    }
}
