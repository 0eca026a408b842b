using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Comprobación de gradientes por diferencias finitas centrales: ∂f/∂θᵢ ≈ [f(θ + h·eᵢ) − f(θ − h·eᵢ)] / (2h).
/// </summary>
/// <remarks>
/// Capítulos 4b y 5b: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb. Si la derivada hecha a mano y la numérica coinciden,
/// la derivación es correcta.
/// Elección de h: el error de truncamiento de la diferencia central crece como h² y el de redondeo como ε/h
/// (ε ≈ 2,2·10⁻¹⁶); el total es mínimo hacia h ≈ ε^(1/3) ≈ 6·10⁻⁶ para funciones de escala 1. Con h = 10⁻⁶ ambos
/// errores quedan en torno a 10⁻¹⁰, muy por debajo de la tolerancia 10⁻⁶. Un h mucho menor (10⁻¹⁰) empeora el resultado.
/// </remarks>
public static class GradientCheck
{
    /// <summary>Compara <paramref name="analyticGradient"/> con el gradiente numérico de <paramref name="f"/> en <paramref name="at"/>.</summary>
    /// <param name="f">La función escalar a derivar.</param>
    /// <param name="at">El punto θ donde se deriva (no se modifica).</param>
    /// <param name="analyticGradient">El gradiente calculado a mano en θ.</param>
    /// <param name="h">Paso de las diferencias (ver la elección en las observaciones).</param>
    /// <param name="tolerance">Tolerancia de <see cref="GradientCheckResult.Passed"/>.</param>
    public static GradientCheckResult Check(
        Func<Vector<double>, double> f,
        Vector<double> at,
        Vector<double> analyticGradient,
        double h = 1e-6,
        double tolerance = 1e-6
    )
    {
        Guard.NotNull(f, nameof(f));
        Guard.NotEmpty(at, nameof(at));
        Guard.NotNull(analyticGradient, nameof(analyticGradient));
        Guard.SameLength(analyticGradient.Count, nameof(analyticGradient), at.Count, nameof(at));
        Guard.Positive(h, nameof(h));
        Guard.NonNegative(tolerance, nameof(tolerance));

        var numerical = Vector<double>.Build.Dense(at.Count);
        var point = at.Clone();
        for (int i = 0; i < at.Count; i++)
        {
            point[i] = at[i] + h;
            double plus = f(point);
            point[i] = at[i] - h;
            double minus = f(point);
            point[i] = at[i];
            numerical[i] = (plus - minus) / (2 * h);
        }

        double maxAbsolute = 0,
            maxRelative = 0;
        int worst = 0;
        bool passed = true;
        for (int i = 0; i < at.Count; i++)
        {
            double a = analyticGradient[i],
                n = numerical[i],
                error = Math.Abs(a - n),
                scale = Math.Max(Math.Abs(a), Math.Abs(n));
            double relative = error / Math.Max(scale, 1e-8);
            if (!(error <= tolerance * (1 + scale)))
                passed = false; // también falla con NaN
            maxAbsolute = Math.Max(maxAbsolute, error);
            if (relative > maxRelative || double.IsNaN(relative))
            {
                maxRelative = relative;
                worst = i;
            }
        }
        return new GradientCheckResult(numerical, analyticGradient.Clone(), maxAbsolute, maxRelative, worst, passed);
    }

    /// <summary>
    /// Comprueba el gradiente de todos los parámetros de un modelo (pesos y sesgos) sobre un lote, con la pérdida
    /// media más la penalización L2. El modelo queda como estaba.
    /// </summary>
    public static GradientCheckResult Check(
        ITrainableModel model,
        Matrix<double> x,
        IReadOnlyList<int> labels,
        double l2 = 0,
        double h = 1e-6,
        double tolerance = 1e-6
    )
    {
        Guard.NotNull(model, nameof(model));
        var original = model.GetParameters();
        var analytic = model.ParameterGradient(x, labels, l2);
        try
        {
            return Check(
                theta =>
                {
                    model.SetParameters(theta);
                    return model.Loss(x, labels, l2);
                },
                original,
                analytic,
                h,
                tolerance
            );
        }
        finally
        {
            model.SetParameters(original);
        }
    }
}
