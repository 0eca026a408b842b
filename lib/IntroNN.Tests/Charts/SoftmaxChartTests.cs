namespace IntroNN.Tests.Charts;

public class SoftmaxChartTests
{
    [Fact]
    public void OneBarPerClassWithItsProbabilityAndClassColour()
    {
        var chart = ChartJson.Of(
            IntroNN.Charts.SoftmaxProbabilities([0.1, 0.7, 0.2], ["setosa", "versicolor", "virginica"], trueClass: 1)
        );

        var bars = Assert.Single(chart.Traces);
        Assert.Equal("bar", bars.GetProperty("type").GetString());
        Assert.Equal(
            ["setosa", "versicolor (real)", "virginica"],
            bars.GetProperty("x").EnumerateArray().Select(e => e.GetString())
        );
        Assert.Equal([0.1, 0.7, 0.2], ChartJson.Y(bars));
        Assert.Equal(["0.100", "0.700", "0.200"], bars.GetProperty("text").EnumerateArray().Select(e => e.GetString()));
        var marker = bars.GetProperty("marker");
        Assert.Equal(
            [ChartColors.Class(0), ChartColors.Class(1), ChartColors.Class(2)],
            marker.GetProperty("color").EnumerateArray().Select(e => e.GetString())
        );
        Assert.Equal(
            [0, 3, 0],
            marker.GetProperty("line").GetProperty("width").EnumerateArray().Select(e => e.GetInt32())
        );
        Assert.Equal("probabilidad P(clase | x)", chart.AxisTitle("yaxis"));
    }

    [Fact]
    public void DefaultNamesAreSpanish()
    {
        var bars = ChartJson.Of(IntroNN.Charts.SoftmaxProbabilities([0.5, 0.5])).Traces[0];
        Assert.Equal(["clase 0", "clase 1"], bars.GetProperty("x").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void LogitsOrBadValuesAreRejectedWithAHint()
    {
        var logits = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.SoftmaxProbabilities([0.2, 0.9, 0.4])
        );
        Assert.Equal("probabilities", logits.ParamName);
        Assert.Contains("probabilities suman 1.5, pero se esperaba una suma de 1. ¿Son logits?", logits.Message);

        var negative = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.SoftmaxProbabilities([1.5, -0.5]));
        Assert.Equal("probabilities[0]", negative.ParamName);

        var names = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.SoftmaxProbabilities([0.5, 0.5], ["a"])
        );
        Assert.Contains("classNames tiene 1 nombres, pero se esperaba uno por clase, y hay 2.", names.Message);

        var trueClass = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.SoftmaxProbabilities([0.5, 0.5], trueClass: 2)
        );
        Assert.Equal("trueClass", trueClass.ParamName);
    }
}
