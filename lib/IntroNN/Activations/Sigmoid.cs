using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>Funciones de activación: sigmoide, softmax y log-softmax.</summary>
public static partial class Activations
{
    /// <summary>
    /// Sigmoide (función logística) σ(z) = 1 / (1 + e^(−z)): convierte una puntuación z ∈ (−∞, ∞) en una probabilidad.
    /// </summary>
    /// <remarks>
    /// Capítulo 1: notebooks/01-sigmoide.ipynb.
    /// Estable para todo z finito: nunca se calcula e^(+|z|), que desborda a ∞ para z &gt; 709.
    /// Para z ≥ 0 se usa 1/(1+e^(−z)); para z &lt; 0 la forma equivalente e^z/(1+e^z).
    /// Por debajo de z ≈ −745 el valor verdadero (e^(−800) ≈ 10⁻³⁴⁸ para z = −800) es menor que el double positivo más
    /// pequeño, 4,9·10⁻³²⁴ (<see cref="double.Epsilon"/>), y redondearía a 0. Devolvemos ese mínimo en su lugar: la
    /// probabilidad verdadera nunca es 0, y así log σ(z) sigue siendo finito. Nunca da NaN, y σ(z) + σ(−z) = 1.
    /// En los extremos da su límite: σ(∞) = 1 y σ(−∞) = ese mínimo. Un NaN lanza una excepción que lo dice.
    /// </remarks>
    public static double Sigmoid(double z)
    {
        if (double.IsNaN(z))
            Guard.Fail(nameof(z), "vale NaN", "un número (σ(∞) = 1 y σ(-∞) ≈ 0 valen; NaN no tiene límite)");
        return StableSigmoid(z);
    }

    /// <summary>La sigmoide sin comprobar NaN, para los bucles que ya comprobaron sus datos.</summary>
    internal static double StableSigmoid(double z)
    {
        if (z >= 0)
            return 1.0 / (1.0 + Math.Exp(-z));
        double e = Math.Exp(z);
        return Math.Max(e / (1.0 + e), double.Epsilon);
    }

    /// <summary>Sigmoide elemento a elemento: un vector nuevo con σ(zᵢ).</summary>
    /// <remarks>Capítulo 1: notebooks/01-sigmoide.ipynb.</remarks>
    public static Vector<double> Sigmoid(Vector<double> z)
    {
        Guard.NotNull(z, nameof(z), "un vector");
        Guard.NotNaN(z.AsArray() ?? z.ToArray(), nameof(z));
        return z.Map(StableSigmoid, Zeros.Include);
    }

    /// <summary>Derivada de la sigmoide: σ'(z) = σ(z)·(1 − σ(z)) = σ(z)·σ(−z).</summary>
    /// <remarks>
    /// Capítulo 1: notebooks/01-sigmoide.ipynb (y capítulo 4, donde aparece en la regla de la cadena).
    /// Vale 1/4 en z = 0 y tiende a 0 en los extremos: por eso una sigmoide saturada aprende despacio.
    /// Se calcula como σ(z)·σ(−z) y no como σ·(1 − σ): para z grande σ(z) redondea a 1 y 1 − σ(z) daría 0 exacto,
    /// mientras que σ(−z) conserva su valor diminuto (σ'(40) ≈ 4,2·10⁻¹⁸ y no 0).
    /// En ±∞ vale su límite, 0 (el mínimo de la sigmoide daría 4,9·10⁻³²⁴); NaN no tiene límite y lanza.
    /// </remarks>
    public static double SigmoidDerivative(double z) => double.IsInfinity(z) ? 0 : Sigmoid(z) * Sigmoid(-z);
}
