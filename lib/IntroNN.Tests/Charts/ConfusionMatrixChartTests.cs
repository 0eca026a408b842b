namespace IntroNN.Tests.Charts;

public class ConfusionMatrixChartTests
{
    [Fact]
    public void CountsAreDrawnWithActualClassesAsRowsAndAccuracyInTheTitle()
    {
        var chart = ChartJson.Of(
            IntroNN.Charts.ConfusionMatrix(
                new[,]
                {
                    { 16, 0, 0 },
                    { 0, 14, 2 },
                    { 0, 1, 17 },
                },
                ["setosa", "versicolor", "virginica"]
            )
        );

        var heat = Assert.Single(chart.Traces);
        Assert.Equal("heatmap", heat.GetProperty("type").GetString());
        Assert.Equal(
            [
                [16.0, 0, 0],
                [0, 14, 2],
                [0, 1, 17],
            ],
            ChartJson.Matrix(heat.GetProperty("z"))
        );
        Assert.Equal("%{z}", heat.GetProperty("texttemplate").GetString());
        Assert.Equal(
            ["setosa", "versicolor", "virginica"],
            heat.GetProperty("y").EnumerateArray().Select(e => e.GetString())
        );
        Assert.Equal("reversed", chart.Layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal("clase predicha", chart.AxisTitle("xaxis"));
        Assert.Equal("clase real", chart.AxisTitle("yaxis"));
        // (16 + 14 + 17) / 50 = 94 %.
        Assert.Equal("Matriz de confusión (exactitud 94.0 %)", chart.Title);
    }

    [Fact]
    public void FromLabelsCountsEachActualPredictedPairLikeMetricsDoes()
    {
        int[] predicted = [0, 1, 1, 1, 0, 0],
            actual = [0, 0, 1, 1, 1, 0];
        Assert.Equal(
            Metrics.ConfusionMatrix(predicted, actual, 2),
            new[,]
            {
                { 2, 1 },
                { 1, 2 },
            }
        );

        var chart = ChartJson.Of(IntroNN.Charts.ConfusionMatrix(predicted, actual));

        Assert.Equal(
            [
                [2.0, 1],
                [1, 2],
            ],
            ChartJson.Matrix(chart.Traces[0].GetProperty("z"))
        );
        Assert.Equal(
            ["clase 0", "clase 1"],
            chart.Traces[0].GetProperty("x").EnumerateArray().Select(e => e.GetString())
        );
    }

    [Fact]
    public void BadMatricesAndLabelsAreRejectedInSpanish()
    {
        var square = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.ConfusionMatrix(new int[2, 3]));
        Assert.Equal("counts", square.ParamName);
        Assert.Contains("counts es de 2×3, pero se esperaba una matriz cuadrada", square.Message);

        var negative = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.ConfusionMatrix(
                new[,]
                {
                    { 1, -1 },
                    { 0, 2 },
                }
            )
        );
        Assert.Contains("counts[0, 1] vale -1, pero se esperaba un recuento mayor o igual que 0.", negative.Message);

        var lengths = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.ConfusionMatrix(predicted: [0], actual: [0, 1])
        );
        Assert.Equal("predicted", lengths.ParamName);

        var label = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.ConfusionMatrix(actual: [0, 1], predicted: [0, 2], classCount: 2)
        );
        Assert.Contains("predicted[1] vale 2, pero se esperaba 0 o 1 (2 clases).", label.Message);
    }
}
