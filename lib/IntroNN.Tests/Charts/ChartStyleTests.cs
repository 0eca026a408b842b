using Plotly.NET;
using Plotly.NET.CSharp;

namespace IntroNN.Tests.Charts;

public class ChartStyleTests
{
    [Fact]
    public void ChartsCarryALightTemplateInsteadOfThe8KBDefault()
    {
        var ours = ChartJson.Of(IntroNN.Charts.Line(1, 0));
        var template = ours.Layout.GetProperty("template").GetRawText();

        Assert.True(template.Length < 1200, $"la plantilla ocupa {template.Length} caracteres");
        Assert.True(ours.Length < 3000, $"el gráfico de la recta ocupa {ours.Length} caracteres");
    }

    [Fact]
    public void ClassColoursAreDistinctAndPaleTintsAreLighterVersionsOfThem()
    {
        Assert.Equal(ChartColors.Classes.Count, ChartColors.Classes.Distinct().Count());
        Assert.Equal(ChartColors.Class(0), ChartColors.Class(ChartColors.Classes.Count));
        Assert.Equal("#FFFFFF", ChartColors.PaleClass(1, strength: 0));
        Assert.Equal(ChartColors.Class(1), ChartColors.PaleClass(1, strength: 1));
    }

    [Fact]
    public void EveryChartPutsItsLegendHorizontallyAboveThePlot()
    {
        GenericChart[] charts =
        [
            IntroNN.Charts.Line(1, 0),
            IntroNN.Charts.SigmoidWithSliders(weights: [1], biases: [0]),
            IntroNN.Charts.BernoulliLikelihood(),
            IntroNN.Charts.CrossEntropy(),
            IntroNN.Charts.LossHistory([1, 0.5]),
            IntroNN.Charts.Curves([("a", new[] { 1.0, 0.5 })]),
        ];
        foreach (var chart in charts.Select(ChartJson.Of))
        {
            var legend = chart.Layout.GetProperty("legend");
            Assert.Equal("h", legend.GetProperty("orientation").GetString());
            Assert.True(legend.GetProperty("y").GetDouble() > 1);
            Assert.Equal("bottom", legend.GetProperty("yanchor").GetString());
        }
    }

    [Fact]
    public void PlotlyNETStylingFunctionsMergeIntoOurChartsInsteadOfFailing()
    {
        var chart = IntroNN.Charts.CrossEntropy();

        var restyled = Plotly
            .NET.Chart.withTitle("Mi título", null)
            .Invoke(chart)
            .WithXAxisStyle<double, double, string>(TitleText: "probabilidad")
            .WithSize(900, 500);
        var json = ChartJson.Of(restyled);

        Assert.Equal("Mi título", json.Title);
        Assert.Equal("probabilidad", json.AxisTitle("xaxis"));
        Assert.Equal([0.0, 1.0], ChartJson.Doubles(json.Layout.GetProperty("xaxis").GetProperty("range")));
        Assert.Equal(900, json.Layout.GetProperty("width").GetInt32());
        Assert.Equal("h", json.Layout.GetProperty("legend").GetProperty("orientation").GetString());
        Assert.Equal(4, json.Traces.Count);
    }
}
