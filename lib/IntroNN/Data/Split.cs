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

    /// <summary>
    /// División estratificada y reproducible: dentro de cada clase baraja con la semilla y separa
    /// round(nₖ·<paramref name="testFraction"/>) muestras para test, así que cada clase queda en test en la misma
    /// proporción que en el conjunto entero. Cada parte conserva el orden original.
    /// </summary>
    /// <remarks>
    /// Capítulo 5: notebooks/05-softmax.ipynb (Iris: 50 flores de cada especie, 35 + 15 con 0.3). Con pocas muestras
    /// <see cref="Random"/> puede dejar una clase escasa en test; esta no. Toda clase con al menos 2 muestras pone al
    /// menos 1 en test y deja al menos 1 para entrenar; la de una sola muestra la deja en entrenamiento.
    /// </remarks>
    public static (Dataset Train, Dataset Test) Stratified(Dataset data, double testFraction, int seed)
    {
        CheckTwoSamples(data);
        Guard.OpenUnitInterval(testFraction, nameof(testFraction));
        if (data.Labels.Distinct().All(label => data.Labels.Count(l => l == label) < 2))
            Guard.Fail(
                nameof(data),
                "no tiene ninguna clase con 2 muestras o más",
                "alguna clase con al menos 2 muestras, para que test no quede vacío"
            );
        var random = new MersenneTwister(seed);
        var train = new List<int>();
        var test = new List<int>();
        foreach (int label in data.Labels.Distinct().Order())
        {
            int[] members = Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == label).ToArray();
            Datasets.Shuffle(members, random);
            int testCount =
                members.Length < 2
                    ? 0
                    : Math.Clamp((int)Math.Round(members.Length * testFraction), 1, members.Length - 1);
            test.AddRange(members[..testCount]);
            train.AddRange(members[testCount..]);
        }
        train.Sort();
        test.Sort();
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
