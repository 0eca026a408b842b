using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class BernoulliTests
{
    [Theory]
    [InlineData(0.9, 1, 0.9)]
    [InlineData(0.9, 0, 0.1)]
    [InlineData(0.25, 0, 0.75)]
    public void ProbabilityIsYHatToTheYTimesOneMinusYHatToTheOneMinusY(double yHat, int y, double expected)
    {
        Assert.Equal(Math.Pow(yHat, y) * Math.Pow(1 - yHat, 1 - y), Bernoulli.Probability(yHat, y), 15);
        Assert.Equal(expected, Bernoulli.Probability(yHat, y), 15);
        Assert.Equal(Math.Log(expected), Bernoulli.LogProbability(yHat, y), 15);
    }

    [Fact]
    public void NegativeLogProbabilityIsTheCrossEntropy() =>
        Assert.Equal(Losses.BinaryCrossEntropy(0.9, 1), -Bernoulli.LogProbability(0.9, 1), 15);

    [Fact]
    public void LikelihoodIsTheProductAndLogLikelihoodTheSumOfLogs()
    {
        var yHat = Vector<double>.Build.Dense([0.9, 0.2, 0.6]);
        int[] labels = [1, 0, 1];
        Assert.Equal(0.9 * 0.8 * 0.6, Bernoulli.Likelihood(yHat, labels), 15);
        Assert.Equal(Math.Log(0.9) + Math.Log(0.8) + Math.Log(0.6), Bernoulli.LogLikelihood(yHat, labels), 14);
        Assert.Equal(-Bernoulli.LogLikelihood(yHat, labels) / 3, Losses.BinaryCrossEntropy(yHat, labels), 14);
    }

    [Fact]
    public void ProductUnderflowsAfterAFewThousandSamplesButTheLogSumDoesNot()
    {
        var demo = Bernoulli.Underflow(10_000, 0.9);
        Assert.Equal(0, demo.Product);
        Assert.Equal(10_000 * Math.Log(0.9), demo.LogSum, 8);
        // 0,9ⁿ redondea a 0 cuando baja de la mitad del menor double positivo: 2⁻¹⁰⁷⁵, cuyo logaritmo es −745,13;
        // 745,13 / 0,105361 = 7072,2…, así que el primer n es 7073.
        Assert.NotNull(demo.FirstZeroAt);
        Assert.Equal(7073, demo.FirstZeroAt);
        Assert.True(Bernoulli.Underflow(demo.FirstZeroAt.Value - 1, 0.9).Product > 0);
        Assert.Null(Bernoulli.Underflow(100, 0.9).FirstZeroAt);
    }
}
