namespace IntroNN.Tests.Charts;

public class BernoulliChartTests
{
    [Fact]
    public void CurvesArePEqualsYHatForY1AndOneMinusYHatForY0()
    {
        var chart = ChartJson.Of(IntroNN.Charts.BernoulliLikelihood());

        var one = chart.TraceNamed("y = 1");
        var zero = chart.TraceNamed("y = 0");
        foreach (var (x, y) in ChartJson.X(one).Zip(ChartJson.Y(one)))
            Assert.Equal(Math.Pow(x, 1) * Math.Pow(1 - x, 0), y, 12);
        foreach (var (x, y) in ChartJson.X(zero).Zip(ChartJson.Y(zero)))
            Assert.Equal(Math.Pow(x, 0) * Math.Pow(1 - x, 1), y, 12);

        Assert.StartsWith("ŷ = P(y = 1 | x)", chart.AxisTitle("xaxis"));
        Assert.StartsWith("p(y | ŷ)", chart.AxisTitle("yaxis"));
        Assert.StartsWith("Verosimilitud de Bernoulli", chart.Title);
    }

    [Fact]
    public void MarkedPredictionSitsOnBothCurvesAndKeepsClassColours()
    {
        var chart = ChartJson.Of(IntroNN.Charts.BernoulliLikelihood(prediction: 0.9));

        var one = chart.TraceNamed("ŷ = 0.9 con y = 1");
        var zero = chart.TraceNamed("ŷ = 0.9 con y = 0");
        Assert.Equal(0.9, ChartJson.Y(one)[0], 12);
        Assert.Equal(0.1, ChartJson.Y(zero)[0], 12);
        Assert.Equal(ChartColors.Class(1), one.GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(ChartColors.Class(0), zero.GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(
            ChartColors.Class(1),
            chart.TraceNamed("y = 1").GetProperty("line").GetProperty("color").GetString()
        );
    }

    [Fact]
    public void PredictionOutsideZeroOneIsRejectedInSpanish()
    {
        var error = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.BernoulliLikelihood(prediction: 1.2));
        Assert.Equal("prediction", error.ParamName);
        Assert.Contains("probabilidad entre 0 y 1", error.Message);
    }

    [Fact]
    public void LogLikelihoodCurveIsSortedByWeightAndMarksItsMaximum()
    {
        // A concave curve with its maximum at w = 1.5, given out of order.
        double[] w = [3, -1, 1.5, 0, 2];
        var values = w.Select(v => -(v - 1.5) * (v - 1.5) - 4).ToArray();

        var chart = ChartJson.Of(IntroNN.Charts.LogLikelihoodByWeight(w, values));

        var curve = chart.TraceNamed("log-verosimilitud");
        Assert.Equal([-1.0, 0, 1.5, 2, 3], ChartJson.X(curve));
        Assert.Equal(w.Order().Select(v => -(v - 1.5) * (v - 1.5) - 4), ChartJson.Y(curve));
        var maximum = chart.TraceNamed("máximo");
        Assert.Equal(1.5, ChartJson.X(maximum)[0]);
        Assert.Equal(-4, ChartJson.Y(maximum)[0]);
        Assert.Equal("w", chart.AxisTitle("xaxis"));
        Assert.StartsWith("log-verosimilitud", chart.AxisTitle("yaxis"));
    }

    [Fact]
    public void LogLikelihoodRejectsMismatchedLengthsEmptyDataAndInfinities()
    {
        var lengths = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LogLikelihoodByWeight([1, 2, 3], [-1, -2])
        );
        Assert.Equal("logLikelihood", lengths.ParamName);
        Assert.Contains(
            "logLikelihood tiene 2 elementos, pero se esperaba tantos como weights, que tiene 3.",
            lengths.Message
        );

        var empty = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.LogLikelihoodByWeight([], []));
        Assert.Equal("weights", empty.ParamName);

        var infinite = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LogLikelihoodByWeight([1, 2], [-1, double.NegativeInfinity])
        );
        Assert.Equal("logLikelihood", infinite.ParamName);
        Assert.Contains("logLikelihood[1] vale -∞, pero se esperaba un número finito (ni NaN ni ∞).", infinite.Message);
    }
}
