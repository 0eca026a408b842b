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
}
