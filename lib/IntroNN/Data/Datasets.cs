using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace IntroNN;

/// <summary>Conjuntos de datos sintéticos y reproducibles para los capítulos.</summary>
public static class Datasets
{
    /// <summary>
    /// Nubes gaussianas ("blobs", como <c>make_blobs</c> de scikit-learn): una nube por centro, todas con la misma
    /// desviación típica en cada eje; la clase de cada muestra es el índice de su centro.
    /// </summary>
    /// <remarks>
    /// Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb (el cuaderno del tutorial usa 100 muestras, centros
    /// (1, 2) y (3, 4) y desviación 1); con K centros sirve al capítulo 5.
    /// Las muestras se reparten por igual entre los centros (los primeros reciben una más si no es exacto) y se
    /// barajan. El generador es un Mersenne Twister (MT19937, el mismo algoritmo que <c>numpy.random.seed</c>) con la
    /// semilla dada: misma semilla, mismos números en cualquier máquina. No son los números de numpy: la forma de
    /// sembrar y de sacar normales difiere.
    /// </remarks>
    /// <param name="samples">Número total de muestras.</param>
    /// <param name="centers">Un centro por clase, todos con la misma dimensión (el número de características).</param>
    /// <param name="standardDeviation">Desviación típica de cada nube en cada eje (&gt; 0).</param>
    /// <param name="seed">Semilla del generador.</param>
    public static Dataset Blobs(int samples, double[][] centers, double standardDeviation, int seed)
    {
        Guard.NotNull(centers, nameof(centers));
        Guard.Classes(centers.Length, "centers.Length");
        if (samples < centers.Length)
            Guard.Fail(nameof(samples), $"vale {samples}", $"al menos una muestra por centro ({centers.Length})");
        int dimension = centers[0]?.Length ?? 0;
        for (int k = 0; k < centers.Length; k++)
        {
            Guard.NotNull(centers[k], $"centers[{k}]");
            if (centers[k].Length == 0 || centers[k].Length != dimension)
                throw Guard.Error(
                    $"centers[{k}]",
                    $"tiene {centers[k].Length} coordenadas",
                    $"tantas como centers[0], que tiene {dimension}: todos los centros necesitan la misma dimensión (al menos 1)",
                    null,
                    nameof(centers)
                );
            foreach (double c in centers[k])
                Guard.Finite(c, $"centers[{k}]");
        }
        Guard.Positive(standardDeviation, nameof(standardDeviation));

        var random = new MersenneTwister(seed);
        var labels = new int[samples];
        for (int i = 0; i < samples; i++)
            labels[i] = (int)((long)i * centers.Length / samples);
        Shuffle(labels, random);

        var x = Matrix<double>.Build.Dense(samples, dimension);
        for (int i = 0; i < samples; i++)
        for (int j = 0; j < dimension; j++)
        {
            x[i, j] = Normal.Sample(random, centers[labels[i]][j], standardDeviation);
            if (!double.IsFinite(x[i, j])) // una desviación enorme (1e308) desborda al multiplicar: la culpa es suya
                Guard.Fail(
                    nameof(standardDeviation),
                    $"vale {Guard.Format(standardDeviation)}",
                    "una desviación con la que las muestras sigan siendo números finitos",
                    $"Con ella, la muestra {i} salió {Guard.Format(x[i, j])} en la coordenada {j}: prueba con una mucho menor."
                );
        }
        return new Dataset(x, labels);
    }

    /// <summary>Fisher–Yates con el generador dado: todas las permutaciones igual de probables.</summary>
    internal static void Shuffle<T>(T[] items, System.Random random)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
