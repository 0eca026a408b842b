using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>Funciones de pérdida: entropía cruzada binaria (desde probabilidades o desde logits) y categórica.</summary>
public static partial class Losses
{
    /// <summary>
    /// Recorte de las probabilidades antes del logaritmo: ŷ se lleva a [ε, 1 − ε] con ε = 10⁻¹².
    /// </summary>
    /// <remarks>
    /// Capítulo 3: notebooks/03-entropia-cruzada.ipynb.
    /// Sin recorte, ŷ = 0 con y = 1 daría −log 0 = ∞ y un solo ejemplo arruinaría la media. Con ε = 10⁻¹² la pérdida
    /// de un ejemplo nunca pasa de −log 10⁻¹² ≈ 27,6 y cualquier ŷ que no esté pegado a 0 o 1 no se toca
    /// (el error relativo que introduce en 1 − ε es del orden de 10⁻¹²). PyTorch hace algo parecido:
    /// <c>BCELoss</c> limita cada logaritmo a −100. Si tienes los logits, mejor
    /// <see cref="BinaryCrossEntropyWithLogits(double, int)"/>, que no necesita recorte.
    /// </remarks>
    public const double Epsilon = 1e-12;

    /// <summary>
    /// Entropía cruzada binaria de un ejemplo: L = −[y·log ŷ + (1 − y)·log(1 − ŷ)].
    /// </summary>
    /// <remarks>
    /// Capítulo 3: notebooks/03-entropia-cruzada.ipynb. Es −log p(y|x) de la Bernoulli del capítulo 2.
    /// Ejemplos del tutorial: ŷ = 0,9 con y = 1 da −log 0,9 ≈ 0,105; ŷ = 0,1 con y = 1 da −log 0,1 ≈ 2,303.
    /// ŷ se recorta a [<see cref="Epsilon"/>, 1 − <see cref="Epsilon"/>].
    /// </remarks>
    /// <param name="yHat">Probabilidad predicha de la clase 1, entre 0 y 1.</param>
    /// <param name="y">Etiqueta real: 0 o 1.</param>
    public static double BinaryCrossEntropy(double yHat, int y)
    {
        Guard.Probability(yHat, nameof(yHat));
        Guard.BinaryLabel(y, nameof(y));
        return BinaryCrossEntropyUnchecked(yHat, y);
    }

    /// <summary>Entropía cruzada binaria media de un lote: (1/n)·Σᵢ Lᵢ.</summary>
    /// <remarks>Capítulo 3: notebooks/03-entropia-cruzada.ipynb.</remarks>
    public static double BinaryCrossEntropy(Vector<double> yHat, IReadOnlyList<int> labels)
    {
        Guard.BinaryBatch(yHat, nameof(yHat), labels);
        double sum = 0;
        for (int i = 0; i < yHat.Count; i++)
        {
            double p = yHat[i];
            if (!(p >= 0 && p <= 1))
                Guard.Probability(p, $"{nameof(yHat)}[{i}]"); // el nombre solo se arma si hay error
            sum += BinaryCrossEntropyUnchecked(p, labels[i]);
        }
        return sum / yHat.Count;
    }

    /// <summary>
    /// Entropía cruzada binaria calculada desde el logit z (sin pasar por ŷ = σ(z)):
    /// L = max(z, 0) − z·y + log(1 + e^(−|z|)).
    /// </summary>
    /// <remarks>
    /// Capítulo 3: notebooks/03-entropia-cruzada.ipynb (es lo que hace <c>BCEWithLogitsLoss</c> de PyTorch).
    /// Es la misma cantidad que −[y·log σ(z) + (1−y)·log(1−σ(z))], reescrita para que ninguna exponencial crezca:
    /// e^(−|z|) ≤ 1. Es finita y exacta incluso para |z| = 10⁴, donde σ(z) ya redondea a 0 o 1.
    /// </remarks>
    public static double BinaryCrossEntropyWithLogits(double z, int y)
    {
        Guard.Finite(z, nameof(z));
        Guard.BinaryLabel(y, nameof(y));
        return BinaryCrossEntropyWithLogitsUnchecked(z, y);
    }

    /// <summary>Entropía cruzada binaria media desde logits: (1/n)·Σᵢ [max(zᵢ, 0) − zᵢ·yᵢ + log(1 + e^(−|zᵢ|))].</summary>
    /// <remarks>Capítulo 3: notebooks/03-entropia-cruzada.ipynb.</remarks>
    public static double BinaryCrossEntropyWithLogits(Vector<double> z, IReadOnlyList<int> labels)
    {
        Guard.BinaryBatch(z, nameof(z), labels);
        Guard.Finite(z, nameof(z));
        double sum = 0;
        for (int i = 0; i < z.Count; i++)
            sum += BinaryCrossEntropyWithLogitsUnchecked(z[i], labels[i]);
        return sum / z.Count;
    }

    internal static double BinaryCrossEntropyUnchecked(double yHat, int y)
    {
        double p = Math.Clamp(yHat, Epsilon, 1 - Epsilon);
        return y == 1 ? -Math.Log(p) : -Math.Log(1 - p);
    }

    internal static double BinaryCrossEntropyWithLogitsUnchecked(double z, int y) =>
        Math.Max(z, 0) - z * y + LogOnePlusExpNegAbs(z);

    /// <summary>log(1 + e^(−|z|)) sin perder cifras cuando e^(−|z|) es diminuto (log1p).</summary>
    internal static double LogOnePlusExpNegAbs(double z)
    {
        double e = Math.Exp(-Math.Abs(z));
        // log(1 + e) con e < 1e-8: el primer término de la serie, e − e²/2, ya es exacto en doble precisión.
        return e < 1e-8 ? e - e * e / 2 : Math.Log(1 + e);
    }
}
