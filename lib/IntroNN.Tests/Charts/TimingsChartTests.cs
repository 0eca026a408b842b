namespace IntroNN.Tests.Charts;

public class TimingsChartTests
{
    [Fact]
    public void Bars_show_milliseconds_and_ratio_to_the_fastest_with_the_device_in_the_title()
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
    public void Close_timings_use_a_linear_axis_and_no_device_leaves_the_title_plain()
    {
        var chart = ChartJson.Of(IntroNN.Charts.Timings(["a", "b"], [12, 9]));

        Assert.False(chart.Layout.GetProperty("xaxis").TryGetProperty("type", out _));
        Assert.Equal("Tiempo por paso de entrenamiento", chart.Title);
    }

    [Fact]
    public void Bad_timings_are_rejected_in_spanish()
    {
        var lengths = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Timings(["a", "b"], [1]));
        Assert.Equal("milliseconds", lengths.ParamName);
        Assert.Contains(
            "milliseconds tiene 1 elementos, pero se esperaba tantos como names, que tiene 2.",
            lengths.Message
        );

        var zero = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Timings(["a"], [0]));
        Assert.Contains("se esperaba un tiempo positivo", zero.Message);

        var nan = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Timings(["a"], [double.NaN]));
        Assert.Contains("milliseconds[0] vale NaN, pero se esperaba un número finito (ni NaN ni ∞).", nan.Message);

        var empty = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.Timings([], []));
        Assert.Equal("names", empty.ParamName);
    }
}
