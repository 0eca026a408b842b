using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// La tasa de aprendizaje que GARANTIZA que el descenso por gradiente de lote completo de la regresión logística no
/// hace subir nunca la pérdida: η &lt; 8/λ, con λ el mayor valor propio de (1/n)·X̃ᵀX̃ (X̃ es X con una columna de unos
/// para el sesgo).
/// </summary>
/// <remarks>
/// <para>Capítulo 4b: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb. Por qué: la curvatura de la pérdida (su
/// matriz hessiana) es (1/n)·X̃ᵀ·diag(σ'(zᵢ))·X̃, y σ'(z) ≤ 1/4, así que ninguna dirección se curva más que λ/4.
/// En una función cuya curvatura no pasa de c, un paso con η &lt; 2/c siempre baja; aquí 2/(λ/4) = 8/λ.</para>
/// <para>Es una condición suficiente, no necesaria: lejos de z = 0, σ' es mucho menor que 1/4 y la pérdida suele
/// seguir bajando con tasas algo mayores. Por encima de la cota no hay garantía.</para>
/// </remarks>
public static class LearningRateBound
{
    /// <summary>El mayor valor propio λ de (1/n)·X̃ᵀX̃, con X̃ = [X | 1].</summary>
    /// <param name="x">Una fila por muestra, una columna por característica (sin la columna del sesgo).</param>
    public static double LargestEigenvalue(Matrix<double> x)
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.Finite(x, nameof(x));
        var withBias = x.Append(Matrix<double>.Build.Dense(x.RowCount, 1, 1.0));
        var secondMoment = withBias.TransposeThisAndMultiply(withBias) / x.RowCount;
        // Simétrica y semidefinida positiva: sus valores propios son reales y ≥ 0.
        return secondMoment.Evd(Symmetricity.Symmetric).EigenValues.Select(v => v.Real).Max();
    }

    /// <summary>La cota 8/λ: con η por debajo, la pérdida de entrenamiento no sube en ningún paso.</summary>
    /// <param name="x">Una fila por muestra, una columna por característica (sin la columna del sesgo).</param>
    public static double Logistic(Matrix<double> x) => 8 / LargestEigenvalue(x);
}
