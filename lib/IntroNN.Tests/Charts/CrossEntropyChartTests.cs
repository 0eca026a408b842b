namespace IntroNN.Tests.Charts;

public class CrossEntropyChartTests
{
    [Fact]
    public void DefaultMarksAreTheTutorialDogExamples()
    {
        var chart = ChartJson.Of(IntroNN.Charts.CrossEntropy());

        var right = chart.TraceNamed("ŷ = 0.9, y = 1");
        var wrong = chart.TraceNamed("ŷ = 0.1, y = 1");
        Assert.Equal(-Math.Log(0.9), ChartJson.Y(right)[0], 12);
        Assert.Equal(-Math.Log(0.1), ChartJson.Y(wrong)[0], 12);
        Assert.Equal(0.105, ChartJson.Y(right)[0], 3);
        Assert.Equal(2.303, ChartJson.Y(wrong)[0], 3);

        var annotations = chart
            .Layout.GetProperty("annotations")
            .EnumerateArray()
            .Select(a => a.GetProperty("text").GetString())
            .ToList();
        Assert.Contains(annotations, t => t!.Contains("−log 0.9 = 0.105"));
        Assert.Contains(annotations, t => t!.Contains("−log 0.1 = 2.303"));
    }

    [Fact]
    public void CurvesAreMinusLogYHatAndMinusLogOneMinusYHat()
    {
        var chart = ChartJson.Of(IntroNN.Charts.CrossEntropy(marks: []));

        Assert.Equal(2, chart.Traces.Count);
        var one = chart.TraceNamed("y = 1");
        var zero = chart.TraceNamed("y = 0");
        foreach (var (x, y) in ChartJson.X(one).Zip(ChartJson.Y(one)))
            Assert.Equal(-Math.Log(x), y, 1e-4 * Math.Max(1, y));
        foreach (var (x, y) in ChartJson.X(zero).Zip(ChartJson.Y(zero)))
            Assert.Equal(-Math.Log(1 - x), y, 1e-4 * Math.Max(1, y));
        Assert.Equal(ChartColors.Class(1), one.GetProperty("line").GetProperty("color").GetString());
        Assert.Equal(ChartColors.Class(0), zero.GetProperty("line").GetProperty("color").GetString());
        Assert.StartsWith("pérdida", chart.AxisTitle("yaxis"));
    }

    [Fact]
    public void AMarkWithLabelZeroUsesMinusLogOneMinusYHat()
    {
        var chart = ChartJson.Of(IntroNN.Charts.CrossEntropy(marks: [(0.8, 0)]));

        Assert.Equal(-Math.Log(0.2), ChartJson.Y(chart.TraceNamed("ŷ = 0.8, y = 0"))[0], 12);
    }

    [Fact]
    public void BadMarksAreRejectedInSpanish()
    {
        var label = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.CrossEntropy(marks: [(0.5, 2)]));
        Assert.Equal("marks", label.ParamName);
        Assert.Contains("marks[0] tiene y = 2, pero se esperaba una etiqueta 0 o 1.", label.Message);

        var infinite = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.CrossEntropy(marks: [(1.0, 0)]));
        Assert.Contains("una pérdida infinita, pero se esperaba una pérdida finita", infinite.Message);

        var nan = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.CrossEntropy(marks: [(double.NaN, 1)]));
        Assert.Equal("marks[0].Prediction", nan.ParamName);
    }
}
