namespace IntroNN.Tests.Charts;

public class CurvesChartTests
{
    [Fact]
    public void EachNamedSeriesIsOneLineInOrderWithTheClassColours()
    {
        double[] fast = [1, 0.5, 0.25];
        List<double> slow = [1, 0.9, 0.81];

        // An array and a List in one call: name the common type once.
        var chart = ChartJson.Of(IntroNN.Charts.Curves<IReadOnlyList<double>>([("rápida", fast), ("lenta", slow)]));

        Assert.Equal(["scatter", "scatter"], chart.TraceTypes);
        Assert.Equal(fast, ChartJson.Y(chart.TraceNamed("rápida")));
        Assert.Equal(slow, ChartJson.Y(chart.TraceNamed("lenta")));
        Assert.Equal([0.0, 1, 2], ChartJson.X(chart.TraceNamed("lenta")));
        Assert.Equal(ChartColors.Class(0), chart.Traces[0].GetProperty("line").GetProperty("color").GetString());
        Assert.Equal(ChartColors.Class(1), chart.Traces[1].GetProperty("line").GetProperty("color").GetString());
        Assert.Equal("paso", chart.AxisTitle("xaxis"));
        Assert.Equal("pérdida", chart.AxisTitle("yaxis"));
        Assert.Equal("Pérdida por paso", chart.Title);
        Assert.False(chart.Layout.GetProperty("xaxis").TryGetProperty("type", out _));
    }

    [Fact]
    public void SeriesFromLinqNeedNoCastAndShareAnExplicitXOnLogAxes()
    {
        var runs = new[]
        {
            (Name: "sin L2", Norms: new List<double> { 1, 2, 4 }),
            (Name: "λ = 0.01", Norms: new List<double> { 1, 1.5, 1.6 }),
        };
        double[] steps = [1, 10, 100];

        var chart = ChartJson.Of(
            IntroNN.Charts.Curves(
                runs.Select(r => (r.Name, r.Norms)),
                x: steps,
                logX: true,
                logY: true,
                xTitle: "paso (escala logarítmica)",
                yTitle: "‖W‖",
                title: "Normas"
            )
        );

        Assert.Equal(2, chart.Traces.Count);
        Assert.Equal(steps, ChartJson.X(chart.TraceNamed("λ = 0.01")));
        Assert.Equal([1.0, 2, 4], ChartJson.Y(chart.TraceNamed("sin L2")));
        Assert.Equal("log", chart.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("log", chart.Layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("‖W‖", chart.AxisTitle("yaxis"));
        Assert.Equal("paso (escala logarítmica)", chart.AxisTitle("xaxis"));
        Assert.Equal("Normas", chart.Title);
        Assert.Equal("h", chart.Layout.GetProperty("legend").GetProperty("orientation").GetString());
    }

    [Fact]
    public void FewPointsGetMarkersAndManyAPlainLine()
    {
        var chart = ChartJson.Of(IntroNN.Charts.Curves([("corta", new double[5]), ("larga", new double[31])]));

        Assert.Equal("lines+markers", chart.TraceNamed("corta").GetProperty("mode").GetString());
        Assert.Equal("lines", chart.TraceNamed("larga").GetProperty("mode").GetString());
    }

    [Fact]
    public void BadSeriesAreRejectedInSpanishNamingTheCurve()
    {
        var none = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.Curves(Array.Empty<(string, double[])>())
        );
        Assert.Equal("series", none.ParamName);
        Assert.Contains("series está vacío", none.Message);

        var nameless = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Curves([("", new double[] { 1 })]));
        Assert.Contains("series[0] no tiene nombre", nameless.Message);

        var nan = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.Curves([("a", new[] { 1.0 }), ("η = 5", new[] { 1, double.NaN })])
        );
        Assert.Equal("series", nan.ParamName);
        Assert.Contains(
            "series[1] ('η = 5')[1] vale NaN, pero se esperaba un número finito (ni NaN ni ∞).",
            nan.Message
        );

        var empty = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.Curves([("a", Array.Empty<double>())])
        );
        Assert.Contains("series[0] ('a') está vacío", empty.Message);

        var lengths = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.Curves([("a", new double[] { 1, 2, 3 })], x: [1, 2])
        );
        Assert.Equal("series", lengths.ParamName);
        Assert.Contains(
            "series[0] ('a') tiene 3 elementos, pero se esperaba tantos como x, que tiene 2.",
            lengths.Message
        );

        var logWithoutX = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.Curves([("a", new double[] { 1, 2 })], logX: true)
        );
        Assert.Equal("x", logWithoutX.ParamName);
        Assert.Contains(
            "x es null, pero se esperaba un eje x con sus valores, porque logX es true.",
            logWithoutX.Message
        );

        var zeroStep = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.Curves([("a", new double[] { 1, 2 })], x: [0, 1], logX: true)
        );
        Assert.Contains("x[0] vale 0, pero se esperaba un valor positivo, porque logX es true.", zeroStep.Message);

        var zeroLoss = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.Curves([("a", new double[] { 1, 0 })], logY: true)
        );
        Assert.Equal("series", zeroLoss.ParamName);
        Assert.Contains(
            "series[0] ('a')[1] vale 0, pero se esperaba un valor positivo, porque logY es true.",
            zeroLoss.Message
        );
    }

    [Fact]
    public void LogAxisOverFewDecadesLabelsOneTwoFiveWithFullNumbers()
    {
        // 0.05 … 0.7: about 1.1 decades. plotly.js would label the in-between ticks with a bare digit.
        var narrow = ChartJson.Of(
            IntroNN.Charts.Curves([("pérdida", new double[] { 0.7, 0.3, 0.1, 0.05 })], logY: true)
        );
        var yAxis = narrow.Layout.GetProperty("yaxis");
        Assert.Equal("log", yAxis.GetProperty("type").GetString());
        Assert.Equal("D2", yAxis.GetProperty("dtick").GetString());
        Assert.Equal(".2~g", yAxis.GetProperty("tickformat").GetString());

        // 1e-15 … 1: fifteen decades, where 1-2-5 ticks would crowd; plotly.js chooses.
        var wide = ChartJson.Of(IntroNN.Charts.Curves([("gradiente", new double[] { 1, 1e-8, 1e-15 })], logY: true));
        Assert.False(wide.Layout.GetProperty("yaxis").TryGetProperty("dtick", out _));
    }
}
