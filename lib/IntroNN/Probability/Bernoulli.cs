using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>La distribución de Bernoulli que modela una etiqueta 0/1: probabilidad, verosimilitud y sus logaritmos.</summary>
public static class Bernoulli
{
    /// <summary>p(y | ŷ) = ŷ^y · (1 − ŷ)^(1 − y): vale ŷ si y = 1 y 1 − ŷ si y = 0.</summary>
    /// <remarks>Capítulo 2: notebooks/02-verosimilitud-bernoulli.ipynb.</remarks>
    /// <param name="yHat">Probabilidad predicha de la clase 1, entre 0 y 1.</param>
    /// <param name="y">Etiqueta observada: 0 o 1.</param>
    public static double Probability(double yHat, int y)
    {
        Check(yHat, y);
        return y == 1 ? yHat : 1 - yHat;
    }

    /// <summary>log p(y | ŷ) = y·log ŷ + (1 − y)·log(1 − ŷ). Puede valer −∞ si ŷ es exactamente 0 o 1 y se equivoca.</summary>
    /// <remarks>Capítulo 2: notebooks/02-verosimilitud-bernoulli.ipynb. Cambiada de signo es la entropía cruzada del capítulo 3.</remarks>
    public static double LogProbability(double yHat, int y)
    {
        Check(yHat, y);
        return y == 1 ? Math.Log(yHat) : Math.Log(1 - yHat);
    }

    /// <summary>Verosimilitud de un conjunto: Πᵢ p(yᵢ | ŷᵢ), suponiendo las muestras independientes.</summary>
    /// <remarks>
    /// Capítulo 2: notebooks/02-verosimilitud-bernoulli.ipynb. Con unos miles de muestras el producto redondea a 0
    /// (ver <see cref="Underflow"/>): por eso se entrena con <see cref="LogLikelihood"/>.
    /// </remarks>
    public static double Likelihood(Vector<double> yHat, IReadOnlyList<int> labels)
    {
        CheckSet(yHat, labels);
        double product = 1;
        for (int i = 0; i < yHat.Count; i++)
            product *= Probability(yHat[i], labels[i]);
        return product;
    }

    /// <summary>Log-verosimilitud: Σᵢ log p(yᵢ | ŷᵢ). La suma de logaritmos no redondea a 0 como el producto.</summary>
    /// <remarks>Capítulo 2: notebooks/02-verosimilitud-bernoulli.ipynb. Dividida por −n es la entropía cruzada media.</remarks>
    public static double LogLikelihood(Vector<double> yHat, IReadOnlyList<int> labels)
    {
        CheckSet(yHat, labels);
        double sum = 0;
        for (int i = 0; i < yHat.Count; i++)
            sum += LogProbability(yHat[i], labels[i]);
        return sum;
    }

    /// <summary>
    /// Demostración del desbordamiento por abajo (underflow): <paramref name="samples"/> muestras, cada una acertada
    /// con probabilidad <paramref name="probability"/>. Compara su producto pⁿ con la suma de sus logaritmos n·log p.
    /// </summary>
    /// <remarks>
    /// Capítulo 2: notebooks/02-verosimilitud-bernoulli.ipynb. Con p = 0,9 el producto 0,9ⁿ deja de ser representable
    /// (redondea a 0) a partir de n = 7073; la suma de logaritmos, n·log 0,9 ≈ −745, sigue siendo un número corriente.
    /// El producto se calcula como <c>Math.Pow(p, n)</c>, correctamente redondeado. Multiplicar 0,9 una y otra vez en un
    /// bucle daría algo aún más raro: cerca de 10⁻³²³ los doubles son "subnormales", con cada vez menos cifras, y
    /// 0,9 · 4,9·10⁻³²⁴ vuelve a redondear a 4,9·10⁻³²⁴: el producto se atasca en un número sin ninguna cifra correcta.
    /// </remarks>
    public static UnderflowDemo Underflow(int samples, double probability)
    {
        Guard.Positive(samples, nameof(samples));
        Guard.OpenUnitInterval(probability, nameof(probability));
        double product = Math.Pow(probability, samples);
        double logSum = samples * Math.Log(probability);
        int? firstZero = null;
        if (product == 0)
        {
            // pⁿ decrece con n: búsqueda binaria del primer n con pⁿ = 0.
            int low = 1,
                high = samples;
            while (low < high)
            {
                int middle = low + (high - low) / 2;
                if (Math.Pow(probability, middle) == 0)
                    high = middle;
                else
                    low = middle + 1;
            }
            firstZero = low;
        }
        return new UnderflowDemo(samples, probability, product, logSum, firstZero);
    }

    private static void Check(double yHat, int y)
    {
        Guard.Probability(yHat, nameof(yHat));
        Guard.BinaryLabel(y, nameof(y));
    }

    private static void CheckSet(Vector<double> yHat, IReadOnlyList<int> labels)
    {
        Guard.BinaryBatch(yHat, nameof(yHat), labels);
    }
}
