namespace IntroNN.Tests.Charts;

public class LineChartTests
{
    [Fact]
    public void LinePointsSatisfyYEqualsMxPlusBAndShowIntercept()
    {
        var chart = ChartJson.Of(IntroNN.Charts.Line(slope: 2, intercept: 1));

        var line = chart.TraceNamed("y = 2x + 1");
        var x = ChartJson.X(line);
        var y = ChartJson.Y(line);
        Assert.Equal(-5, x.Min());
        Assert.Equal(5, x.Max());
        for (var i = 0; i < x.Length; i++)
            Assert.Equal(2 * x[i] + 1, y[i], 12);

        var intercept = chart.TraceNamed("b = 1");
        Assert.Equal([0.0], ChartJson.X(intercept));
        Assert.Equal([1.0], ChartJson.Y(intercept));

        Assert.Equal("La recta y = 2x + 1", chart.Title);
        Assert.Equal("x", chart.AxisTitle("xaxis"));
        Assert.Equal("y", chart.AxisTitle("yaxis"));
    }

    [Fact]
    public void SlopeTriangleRisesMTimesItsRun()
    {
        var chart = ChartJson.Of(IntroNN.Charts.Line(slope: -0.5, intercept: 3));

        var triangle = chart.TraceNamed("pendiente m = Δy / Δx = -0.5");
        var x = ChartJson.X(triangle);
        var y = ChartJson.Y(triangle);
        var run = x[^1] - x[0];
        Assert.True(run > 0);
        Assert.Equal(-0.5 * run, y[^1] - y[0], 12);
        Assert.Equal(3, y[0], 12); // starts on the line at x = 0, where it meets the intercept
    }

    [Theory]
    [InlineData(2, 1, "y = 2x + 1")]
    [InlineData(-0.5, -3, "y = -0.5x - 3")]
    [InlineData(1, 0, "y = x")]
    [InlineData(0, 4, "y = 4")]
    public void FormulaReadsAsWrittenByHand(double slope, double intercept, string expected) =>
        Assert.Equal(expected, IntroNN.Charts.LineFormula(slope, intercept));

    [Fact]
    public void BadArgumentsNameTheArgumentInSpanish()
    {
        var nan = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Line(double.NaN, 0));
        Assert.Equal("slope", nan.ParamName);
        Assert.Contains("se esperaba un número finito", nan.Message);

        var range = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Line(1, 0, xMin: 3, xMax: 3));
        Assert.Equal("xMin", range.ParamName);
        Assert.Contains(
            "xMin va de 3 a 3, pero se esperaba un mínimo y un máximo finitos, con el mínimo menor que el máximo.",
            range.Message
        );
    }
}
