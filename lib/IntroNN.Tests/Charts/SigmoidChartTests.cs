namespace IntroNN.Tests.Charts;

public class SigmoidChartTests
{
    // σ computed here, independently of the library.
    private static double Sigma(double z) => 1 / (1 + Math.Exp(-z));

    [Fact]
    public void TheCurveIsSigmaOfWXPlusBWithTheReferenceAndTheBoundaryMarked()
    {
        var chart = ChartJson.Of(IntroNN.Charts.Sigmoid(weight: 2, bias: -3, xMin: -6, xMax: 6, points: 25));

        var curve = chart.TraceNamed("σ(w·x + b)");
        var x = ChartJson.X(curve);
        var y = ChartJson.Y(curve);
        Assert.Equal(25, x.Length);
        for (var k = 0; k < x.Length; k++)
            Assert.Equal(Sigma(2 * x[k] - 3), y[k], 1e-4);
        // x = 0: σ(-3) = 1 / (1 + e^3) = 0.0474258...
        Assert.Equal(0.047426, y[12], 1e-5);
        Assert.Equal(Sigma(0.5), ChartJson.Y(chart.TraceNamed("σ(x)"))[13], 1e-4);
        var boundary = chart.TraceNamed("frontera: x = −b/w = 1.5");
        Assert.Equal([1.5], ChartJson.X(boundary));
        Assert.Equal([0.5], ChartJson.Y(boundary));
        Assert.Equal("σ(w·x + b) con w = 2, b = -3", chart.Title);
    }

    [Fact]
    public void WithoutBiasTheBoundaryIsAtZeroAndNotMinusZero()
    {
        var chart = ChartJson.Of(IntroNN.Charts.Sigmoid(weight: 1, bias: 0));

        Assert.Equal([0.0], ChartJson.X(chart.TraceNamed("frontera: x = −b/w = 0")));
    }

    [Fact]
    public void WithoutWeightOrWithTheBoundaryOutsideTheAxisThereIsNoBoundaryMark()
    {
        Assert.Equal(2, ChartJson.Of(IntroNN.Charts.Sigmoid(weight: 0, bias: 1)).Traces.Count);
        Assert.Equal(2, ChartJson.Of(IntroNN.Charts.Sigmoid(weight: 0.1, bias: 5)).Traces.Count); // x = -50
    }

    [Fact]
    public void BadArgumentsNameTheArgumentInSpanish()
    {
        var nan = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Sigmoid(double.NaN, 0));
        Assert.Equal("weight", nan.ParamName);
        var interval = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Sigmoid(1, 0, xMin: 2, xMax: 1));
        Assert.Equal("xMin", interval.ParamName);
    }
}
