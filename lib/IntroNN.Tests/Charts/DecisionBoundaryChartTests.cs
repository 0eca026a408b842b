using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests.Charts;

public class DecisionBoundaryChartTests
{
    private const double W1 = 1.5,
        W2 = -2.0,
        B = 0.5;

    private static double Probability(double x1, double x2) => 1 / (1 + Math.Exp(-(W1 * x1 + W2 * x2 + B)));

    private static readonly double[,] Points =
    {
        { 0, 0 },
        { 1, 2 },
        { 2, -1 },
        { -1, 1 },
        { 3, 0.5 },
    };
    private static readonly int[] Labels = [1, 0, 1, 0, 1];

    private static ChartJson Chart() =>
        ChartJson.Of(
            IntroNN.Charts.DecisionBoundary(
                Points,
                Labels,
                Probability,
                boundary: (-W1 / W2, -B / W2),
                classNames: ["no es perro", "perro"]
            )
        );

    [Fact]
    public void BoundaryLinePassesThroughPointsWhereTheProbabilityIsOneHalf()
    {
        var line = Chart().TraceNamed("frontera de decisión");

        var x = ChartJson.X(line);
        var y = ChartJson.Y(line);
        Assert.True(x.Length >= 2);
        for (var i = 0; i < x.Length; i++)
            Assert.Equal(0.5, Probability(x[i], y[i]), 12);
    }

    [Fact]
    public void HeatMapHoldsTheGivenProbabilityAndPointsAreSplitByClass()
    {
        var chart = Chart();

        Assert.Equal(["heatmap", "scatter", "scatter", "scatter"], chart.TraceTypes);
        var heat = chart.Traces[0];
        var xs = ChartJson.X(heat);
        var ys = ChartJson.Y(heat);
        var z = ChartJson.Matrix(heat.GetProperty("z"));
        Assert.Equal(ys.Length, z.Length);
        Assert.Equal(xs.Length, z[0].Length);
        foreach (var (i, j) in new[] { (0, 0), (17, 63), (99, 99), (50, 3) })
            Assert.Equal(Probability(xs[j], ys[i]), z[i][j], 1e-4);

        var dogs = chart.TraceNamed("perro");
        Assert.Equal([0.0, 2, 3], ChartJson.X(dogs));
        Assert.Equal([0.0, -1, 0.5], ChartJson.Y(dogs));
        Assert.Equal(ChartColors.Class(1), dogs.GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(
            ChartColors.Class(0),
            chart.TraceNamed("no es perro").GetProperty("marker").GetProperty("color").GetString()
        );
        Assert.Equal("x<sub>1</sub>", chart.AxisTitle("xaxis"));
        Assert.Equal("x<sub>2</sub>", chart.AxisTitle("yaxis"));
    }

    [Fact]
    public void LegendSitsAboveThePlotAndTheColourBarBesideItSoTheyDoNotOverlap()
    {
        var chart = Chart();
        var legend = chart.Layout.GetProperty("legend");
        var bar = chart.Traces[0].GetProperty("colorbar");

        Assert.Equal("h", legend.GetProperty("orientation").GetString());
        Assert.Equal("bottom", legend.GetProperty("yanchor").GetString());
        var legendBottom = legend.GetProperty("y").GetDouble();

        Assert.Equal("bottom", bar.GetProperty("yanchor").GetString());
        Assert.Equal("fraction", bar.GetProperty("lenmode").GetString());
        var barTop = bar.GetProperty("y").GetDouble() + bar.GetProperty("len").GetDouble();
        Assert.True(barTop < legendBottom, $"la barra llega a {barTop} y la leyenda empieza en {legendBottom}");
        Assert.True(
            bar.GetProperty("x").GetDouble() >= 1,
            "la barra de color va fuera del área de datos, a la derecha"
        );
        Assert.Equal("P(y = 1 | x)", bar.GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void WithoutALineTheBoundaryIsTheOneHalfContourOfTheProbability()
    {
        var chart = ChartJson.Of(IntroNN.Charts.DecisionBoundary(Points, Labels, Probability));

        var contour = chart.TraceNamed("frontera de decisión");
        Assert.Equal("contour", contour.GetProperty("type").GetString());
        var levels = contour.GetProperty("contours");
        Assert.Equal(0.5, levels.GetProperty("start").GetDouble());
        Assert.Equal(0.5, levels.GetProperty("end").GetDouble());
        Assert.False(contour.GetProperty("showscale").GetBoolean());
        Assert.Equal("clase 0", chart.TraceNamed("clase 0").GetProperty("name").GetString());
    }

    [Fact]
    public void MathNetOverloadTakesADatasetFeaturesMatrixAndItsLabels()
    {
        var data = new Dataset(Matrix<double>.Build.DenseOfArray(Points), Labels);
        var model = new LogisticRegression(Vector<double>.Build.Dense([W1, W2]), B);

        var chart = ChartJson.Of(
            IntroNN.Charts.DecisionBoundary(data.Features, data.Labels, Probability, boundary: model.DecisionBoundary())
        );

        Assert.Equal([0.0, 2, 3], ChartJson.X(chart.TraceNamed("clase 1")));
        var line = chart.TraceNamed("frontera de decisión");
        foreach (var (x, y) in ChartJson.X(line).Zip(ChartJson.Y(line)))
            Assert.Equal(0.5, Probability(x, y), 12);
    }

    [Fact]
    public void BadDataIsRejectedInSpanishNamingTheArgument()
    {
        var columns = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.DecisionBoundary(new double[3, 3], [0, 1, 0], Probability)
        );
        Assert.Equal("points", columns.ParamName);
        Assert.Contains("tiene 3 columnas, pero se esperaba 2, una por cada eje del plano.", columns.Message);

        var lengths = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.DecisionBoundary(Points, [0, 1], Probability)
        );
        Assert.Equal("labels", lengths.ParamName);
        Assert.Contains(
            "labels tiene 2 elementos, pero se esperaba tantos como points (filas), que tiene 5.",
            lengths.Message
        );

        var label = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.DecisionBoundary(Points, [0, 1, 2, 0, 1], Probability)
        );
        Assert.Contains("labels[2] vale 2, pero se esperaba 0 o 1 (2 clases).", label.Message);

        var nan = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.DecisionBoundary(
                new double[,]
                {
                    { 0, double.NaN },
                },
                [0],
                Probability
            )
        );
        Assert.Contains("points[0, 1] vale NaN", nan.Message);

        var notProbability = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.DecisionBoundary(Points, Labels, (a, b) => a + b)
        );
        Assert.Equal("probability", notProbability.ParamName);
    }
}
