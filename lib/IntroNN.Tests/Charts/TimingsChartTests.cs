namespace IntroNN.Tests.Charts;

public class TimingsChartTests
{
    [Fact]
    public void BarsShowMillisecondsAndRatioToTheFastestWithTheDeviceInTheTitle()
    {
        var chart = ChartJson.Of(
            IntroNN.Charts.Timings(["bucle", "MathNet", "TorchSharp"], [500, 20, 10], device: "CUDA")
        );

        var bars = Assert.Single(chart.Traces);
        Assert.Equal("bar", bars.GetProperty("type").GetString());
        Assert.Equal("h", bars.GetProperty("orientation").GetString());
        Assert.Equal([500.0, 20, 10], ChartJson.X(bars));
        Assert.Equal(
            ["bucle", "MathNet", "TorchSharp"],
            bars.GetProperty("y").EnumerateArray().Select(e => e.GetString())
        );
        Assert.Equal(
            ["500 ms  (×50)", "20 ms  (×2.0)", "10 ms  (la más rápida)"],
            bars.GetProperty("text").EnumerateArray().Select(e => e.GetString())
        );
        Assert.Equal("Tiempo por paso de entrenamiento (CUDA)", chart.Title);
        // 500 / 10 > 30: logarithmic axis by default.
        Assert.Equal("log", chart.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.StartsWith("milisegundos", chart.AxisTitle("xaxis"));
    }

    [Fact]
    public void CloseTimingsUseALinearAxisAndNoDeviceLeavesTheTitlePlain()
    {
        var chart = ChartJson.Of(IntroNN.Charts.Timings(["a", "b"], [12, 9]));

        Assert.False(chart.Layout.GetProperty("xaxis").TryGetProperty("type", out _));
        Assert.Equal("Tiempo por paso de entrenamiento", chart.Title);
    }

    [Fact]
    public void BadTimingsAreRejectedInSpanish()
    {
        var lengths = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Timings(["a", "b"], [1]));
        Assert.Equal("milliseconds", lengths.ParamName);
        Assert.Contains(
            "milliseconds tiene 1 elementos, pero se esperaba tantos como names, que tiene 2.",
            lengths.Message
        );

        var zero = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Timings(["a"], [0]));
        Assert.Contains("milliseconds[0] vale 0, pero se esperaba un tiempo positivo.", zero.Message);

        var nan = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Timings(["a"], [double.NaN]));
        Assert.Contains("milliseconds[0] vale NaN, pero se esperaba un número finito (ni NaN ni ∞).", nan.Message);

        var empty = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Timings([], []));
        Assert.Equal("names", empty.ParamName);
    }
}
