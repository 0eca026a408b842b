using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>Resultado de <see cref="GradientCheck"/>: el gradiente numérico junto al analítico y cuánto difieren.</summary>
/// <remarks>Capítulo 4b: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb.</remarks>
/// <param name="Numerical">Gradiente por diferencias centrales.</param>
/// <param name="Analytic">Gradiente analítico que se comprobó.</param>
/// <param name="MaxAbsoluteError">máxᵢ |analíticoᵢ − numéricoᵢ|.</param>
/// <param name="MaxRelativeError">máxᵢ |analíticoᵢ − numéricoᵢ| / máx(|analíticoᵢ|, |numéricoᵢ|, 10⁻⁸).</param>
/// <param name="WorstIndex">La componente con mayor error relativo.</param>
/// <param name="Passed">Si cada componente cumple |a − n| ≤ tol·(1 + máx(|a|, |n|)).</param>
public sealed record GradientCheckResult(
    Vector<double> Numerical,
    Vector<double> Analytic,
    double MaxAbsoluteError,
    double MaxRelativeError,
    int WorstIndex,
    bool Passed
);
