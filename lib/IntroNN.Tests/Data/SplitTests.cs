using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class SplitTests
{
    /// <summary>Un conjunto donde la característica de cada fila es su índice: así se ve a dónde fue cada muestra.</summary>
    private static Dataset Indexed(int n) =>
        new(Matrix<double>.Build.Dense(n, 1, (i, _) => i), Enumerable.Range(0, n).Select(i => i % 2).ToArray());

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(101)]
    public void EveryThirdFollowsThePythonMask(int n)
    {
        // El cuaderno de Python: mask = np.ones(n, bool); mask[::3] = False; train = X[mask]; test = X[~mask]
        var mask = Enumerable.Repeat(true, n).ToArray();
        for (int i = 0; i < n; i += 3)
            mask[i] = false;
        var expectedTrain = Enumerable.Range(0, n).Where(i => mask[i]).Select(i => (double)i).ToArray();
        var expectedTest = Enumerable.Range(0, n).Where(i => !mask[i]).Select(i => (double)i).ToArray();

        var (train, test) = Split.EveryThird(Indexed(n));
        Assert.Equal(expectedTrain, train.Features.Column(0).ToArray());
        Assert.Equal(expectedTest, test.Features.Column(0).ToArray());
        Assert.Equal(expectedTrain.Select(i => (int)i % 2), train.Labels);
    }

    [Fact]
    public void EveryThirdOfTheTutorialsHundredSamplesGives66And34()
    {
        var (train, test) = Split.EveryThird(Indexed(100));
        Assert.Equal(66, train.Count);
        Assert.Equal(34, test.Count);
        Assert.Equal([0.0, 3, 6, 9], test.Features.Column(0).Take(4));
        Assert.Equal([1.0, 2, 4, 5], train.Features.Column(0).Take(4));
    }

    [Fact]
    public void RandomSplitIsAReproduciblePartitionThatKeepsOrder()
    {
        var data = Indexed(50);
        var (train, test) = Split.Random(data, 0.2, seed: 5);
        var (train2, test2) = Split.Random(data, 0.2, seed: 5);
        var (_, test3) = Split.Random(data, 0.2, seed: 6);
        Assert.Equal(10, test.Count);
        Assert.Equal(40, train.Count);
        var all = train.Features.Column(0).Concat(test.Features.Column(0)).OrderBy(v => v);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (double)i), all);
        Assert.Equal(test.Features.Column(0).ToArray(), test2.Features.Column(0).ToArray());
        Assert.Equal(train.Features.Column(0).ToArray(), train2.Features.Column(0).ToArray());
        Assert.NotEqual(test.Features.Column(0).ToArray(), test3.Features.Column(0).ToArray());
        Assert.Equal(test.Features.Column(0).OrderBy(v => v), test.Features.Column(0));
    }

    /// <summary>Un conjunto con la característica igual al índice y las clases en bloques de los tamaños dados.</summary>
    private static Dataset Blocks(params int[] sizes)
    {
        int[] labels = sizes.SelectMany((size, label) => Enumerable.Repeat(label, size)).ToArray();
        return new(Matrix<double>.Build.Dense(labels.Length, 1, (i, _) => i), labels);
    }

    private static int CountOf(Dataset data, int label) => data.Labels.Count(l => l == label);

    [Fact]
    public void StratifiedSplitOfIrisSizedClassesPutsFifteenOfEachInTest()
    {
        var (train, test) = Split.Stratified(Blocks(50, 50, 50), 0.3, seed: 42);
        for (int label = 0; label < 3; label++)
        {
            Assert.Equal(15, CountOf(test, label));
            Assert.Equal(35, CountOf(train, label));
        }
        // Una partición: cada muestra en una sola parte, con su etiqueta, y cada parte en el orden original.
        var all = train.Features.Column(0).Concat(test.Features.Column(0)).OrderBy(v => v);
        Assert.Equal(Enumerable.Range(0, 150).Select(i => (double)i), all);
        Assert.Equal(test.Features.Column(0).Select(v => (int)v / 50), test.Labels);
        Assert.Equal(test.Features.Column(0).OrderBy(v => v), test.Features.Column(0));
        Assert.Equal(train.Features.Column(0).OrderBy(v => v), train.Features.Column(0));
    }

    [Fact]
    public void StratifiedSplitIsReproducibleAndDependsOnTheSeed()
    {
        var data = Blocks(20, 20);
        var (_, test) = Split.Stratified(data, 0.25, seed: 3);
        var (_, same) = Split.Stratified(data, 0.25, seed: 3);
        var (_, other) = Split.Stratified(data, 0.25, seed: 4);
        Assert.Equal(test.Features.Column(0).ToArray(), same.Features.Column(0).ToArray());
        Assert.NotEqual(test.Features.Column(0).ToArray(), other.Features.Column(0).ToArray());
    }

    [Fact]
    public void StratifiedSplitRoundsEachClassAndKeepsOneOfEachInTraining()
    {
        // 10·0.3 = 3; 4·0.3 = 1.2 → 1; 2·0.9 = 1.8 → 2, pero queda 1 para entrenar; una sola muestra no va a test.
        var (train, test) = Split.Stratified(Blocks(10, 4, 1), 0.3, seed: 1);
        Assert.Equal([3, 1, 0], Enumerable.Range(0, 3).Select(k => CountOf(test, k)));
        Assert.Equal([7, 3, 1], Enumerable.Range(0, 3).Select(k => CountOf(train, k)));

        var (train2, test2) = Split.Stratified(Blocks(2, 10), 0.9, seed: 1);
        Assert.Equal(1, CountOf(test2, 0));
        Assert.Equal(1, CountOf(train2, 0));
        Assert.Equal(9, CountOf(test2, 1));
    }

    [Fact]
    public void StratifiedSplitRejectsFractionsOutsideZeroToOneAndClassesTooSmallToShare()
    {
        foreach (double fraction in new[] { 0.0, 1.0, -0.1, double.NaN })
        {
            var error = Assert.Throws<InvalidArgumentException>(() =>
                Split.Stratified(Blocks(5, 5), fraction, seed: 0)
            );
            Assert.Equal("testFraction", error.ParamName);
            Assert.Contains("estrictamente entre 0 y 1", error.Message);
        }
        var singletons = Assert.Throws<InvalidArgumentException>(() => Split.Stratified(Blocks(1, 1, 1), 0.3, seed: 0));
        Assert.Equal("data", singletons.ParamName);
        Assert.Contains("ninguna clase con 2 muestras", singletons.Message);
    }
}
