namespace IntroNN.Tests.Charts;

public class LossHistoryChartTests
{
    [Fact]
    public void TrainAndValidationAreDrawnByStepWithTheValidationMinimumMarked()
    {
        double[] train = [0.9, 0.6, 0.45, 0.4, 0.38];
        double[] validation = [0.95, 0.7, 0.5, 0.52, 0.55];

        var chart = ChartJson.Of(IntroNN.Charts.LossHistory(train, validation));

        Assert.Equal(3, chart.Traces.Count);
        var trainTrace = chart.TraceNamed("entrenamiento");
        Assert.Equal([0.0, 1, 2, 3, 4], ChartJson.X(trainTrace));
        Assert.Equal(train, ChartJson.Y(trainTrace));
        Assert.Equal(validation, ChartJson.Y(chart.TraceNamed("validación")));
        var best = chart.TraceNamed("mínimo de validación: paso 2");
        Assert.Equal([2.0], ChartJson.X(best));
        Assert.Equal([0.5], ChartJson.Y(best));
        Assert.Equal("paso", chart.AxisTitle("xaxis"));
        Assert.StartsWith("pérdida", chart.AxisTitle("yaxis"));
    }

    [Fact]
    public void TrainOnlyWithExplicitStepsAndLogScale()
    {
        var chart = ChartJson.Of(
            IntroNN.Charts.LossHistory([1, 0.1, 0.01], steps: [10, 20, 30], logScale: true, stepTitle: "época")
        );

        Assert.Single(chart.Traces);
        Assert.Equal([10.0, 20, 30], ChartJson.X(chart.Traces[0]));
        Assert.Equal("log", chart.Layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("época", chart.AxisTitle("xaxis"));
    }

    [Fact]
    public void StepSizePutsOnePointEveryStepSizeSteps()
    {
        var chart = ChartJson.Of(IntroNN.Charts.LossHistory([0.9, 0.5, 0.3], [1.0, 0.6, 0.2], stepSize: 10));

        Assert.Equal([0.0, 10, 20], ChartJson.X(chart.TraceNamed("entrenamiento")));
        Assert.Equal([20.0], ChartJson.X(chart.TraceNamed("mínimo de validación: paso 20")));
        var both = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LossHistory([1, 2], steps: [0, 1], stepSize: 10)
        );
        Assert.Equal("stepSize", both.ParamName);
        var zero = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.LossHistory([1, 2], stepSize: 0));
        Assert.Equal("stepSize", zero.ParamName);
    }

    [Fact]
    public void BadHistoriesAreRejectedInSpanish()
    {
        var empty = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.LossHistory([]));
        Assert.Equal("train", empty.ParamName);

        var lengths = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LossHistory([1, 2, 3], validation: [1, 2])
        );
        Assert.Equal("validation", lengths.ParamName);
        Assert.Contains(
            "validation tiene 2 elementos, pero se esperaba tantos como train, que tiene 3.",
            lengths.Message
        );

        var nan = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.LossHistory([1, double.NaN]));
        Assert.Contains("train[1] vale NaN, pero se esperaba un número finito (ni NaN ni ∞).", nan.Message);

        var zero = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.LossHistory([1, 0], logScale: true));
        Assert.Contains(
            "train[1] vale 0, pero se esperaba una pérdida positiva: con logScale el eje es logarítmico.",
            zero.Message
        );
    }
}
