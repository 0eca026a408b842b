using MathNet.Numerics.Random;

namespace IntroNN;

/// <summary>Divisiones de un conjunto en entrenamiento y test.</summary>
public static class Split
{
    /// <summary>
    /// La división del cuaderno de Python del tutorial: las muestras 0, 3, 6, … van a TEST y el resto a
    /// ENTRENAMIENTO, conservando el orden.
    /// </summary>
    /// <remarks>
    /// Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb. Equivale exactamente a
    /// <c>mask = np.ones(n, bool); mask[::3] = False; train = X[mask]; test = X[~mask]</c>.
    /// Con 100 muestras quedan 66 para entrenar y 34 para test.
    /// </remarks>
    public static (Dataset Train, Dataset Test) EveryThird(Dataset data)
    {
        CheckTwoSamples(data);
        var test = Enumerable.Range(0, data.Count).Where(i => i % 3 == 0).ToArray();
        var train = Enumerable.Range(0, data.Count).Where(i => i % 3 != 0).ToArray();
        return (data.Subset(train), data.Subset(test));
    }

    /// <summary>
    /// División aleatoria reproducible: baraja con la semilla y separa round(n·<paramref name="testFraction"/>)
    /// muestras para test (al menos 1 y dejando al menos 1 para entrenar). Cada parte conserva el orden original.
    /// </summary>
    /// <remarks>Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.</remarks>
    public static (Dataset Train, Dataset Test) Random(Dataset data, double testFraction, int seed)
    {
        CheckTwoSamples(data);
        Guard.OpenUnitInterval(testFraction, nameof(testFraction));
        int testCount = Math.Clamp((int)Math.Round(data.Count * testFraction), 1, data.Count - 1);
        var order = Enumerable.Range(0, data.Count).ToArray();
        Datasets.Shuffle(order, new MersenneTwister(seed));
        var test = order[..testCount];
        var train = order[testCount..];
        Array.Sort(test);
        Array.Sort(train);
        return (data.Subset(train), data.Subset(test));
    }

    /// <summary>Al menos 2 muestras: una para entrenar y otra para test.</summary>
    private static void CheckTwoSamples(Dataset data)
    {
        Guard.NotNull(data, nameof(data), "un conjunto de datos");
        if (data.Count < 2)
            Guard.Fail(
                nameof(data),
                $"tiene {data.Count} muestra",
                "al menos 2, para que ni entrenamiento ni test queden vacíos"
            );
    }
}
