using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests.Charts;

public class DecisionRegionsChartTests
{
    private static readonly double[,] Points =
    {
        { 0, 0 },
        { 3, 1 },
        { 1, 3 },
        { 0.5, -0.2 },
        { 2.8, 0.7 },
    };
    private static readonly int[] Labels = [0, 1, 2, 0, 1];

    // Three half-planes, easy to check by hand.
    private static int Predict(double x1, double x2) =>
        x1 > 2 ? 1
        : x2 > 2 ? 2
        : 0;

    [Fact]
    public void EachCellHoldsThePredictedClassAndEachClassHasItsPoints()
    {
        var chart = ChartJson.Of(
            IntroNN.Charts.DecisionRegions(
                Points,
                Labels,
                Predict,
                ["setosa", "versicolor", "virginica"],
                resolution: 40
            )
        );

        Assert.Equal(["heatmap", "scatter", "scatter", "scatter"], chart.TraceTypes);
        var heat = chart.Traces[0];
        var xs = ChartJson.X(heat);
        var ys = ChartJson.Y(heat);
        var z = ChartJson.Matrix(heat.GetProperty("z"));
        for (var i = 0; i < ys.Length; i++)
        {
            for (var j = 0; j < xs.Length; j++)
                Assert.Equal(Predict(xs[j], ys[i]), z[i][j]);
        }

        Assert.False(heat.GetProperty("showscale").GetBoolean());
        Assert.Equal(-0.5, heat.GetProperty("zmin").GetDouble());
        Assert.Equal(2.5, heat.GetProperty("zmax").GetDouble());

        var versicolor = chart.TraceNamed("versicolor");
        Assert.Equal([3.0, 2.8], ChartJson.X(versicolor));
        Assert.Equal(ChartColors.Class(1), versicolor.GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(
            ChartColors.Class(2),
            chart.TraceNamed("virginica").GetProperty("marker").GetProperty("color").GetString()
        );
    }

    [Fact]
    public void ColourScaleGivesEachClassItsOwnPaleColour()
    {
        var heat = ChartJson.Of(IntroNN.Charts.DecisionRegions(Points, Labels, Predict, resolution: 10)).Traces[0];

        // Class c sits at (c + 0.5) / K on the scale [zmin, zmax] = [-0.5, K - 0.5].
        var scale = heat.GetProperty("colorscale")
            .EnumerateArray()
            .Select(e => (e[0].GetDouble(), e[1].GetString()))
            .ToList();
        for (var c = 0; c < 3; c++)
        {
            var position = (c + 0.5) / 3;
            var colour = scale.Last(s => s.Item1 <= position).Item2;
            Assert.Equal(ChartColors.PaleClass(c), colour);
        }
    }

    [Fact]
    public void MathNetOverloadAndSpanishDefaultNames()
    {
        var chart = ChartJson.Of(
            IntroNN.Charts.DecisionRegions(Matrix<double>.Build.DenseOfArray(Points), Labels, Predict, resolution: 5)
        );

        Assert.Equal([0.0, 0.5], ChartJson.X(chart.TraceNamed("clase 0")));
    }

    [Fact]
    public void PredictionsOrLabelsOutsideTheClassesAreRejectedInSpanish()
    {
        var prediction = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.DecisionRegions(Points, Labels, (a, b) => 3, resolution: 5)
        );
        Assert.Equal("predictClass", prediction.ParamName);
        Assert.Contains(
            "predictClass(-0.5, -0.7) devolvió 3, pero se esperaba una clase entre 0 y 2.",
            prediction.Message
        );

        var label = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.DecisionRegions(Points, [0, 1, 2, -1, 1], Predict, resolution: 5)
        );
        Assert.Equal("labels", label.ParamName);
        Assert.Contains("labels[3] vale -1, pero se esperaba una clase entre 0 y 2 (3 clases).", label.Message);

        var names = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.DecisionRegions(Points, Labels, Predict, ["a", "b", ""], resolution: 5)
        );
        Assert.Equal("classNames", names.ParamName);
        Assert.Contains("classNames[2] está vacío", names.Message);
    }

    [Fact]
    public void DatasetAndModelOverloadColoursEachCellWithTheClassOfTheLargestLogit()
    {
        // Logits z₀ = 0, z₁ = 2·x₁ − 4, z₂ = 2·x₂ − 4: la clase 1 gana a la derecha de x₁ = 2 (si x₁ > x₂), la 2 encima
        // de x₂ = 2 (si x₂ > x₁) y la 0 en el resto. Las mismas regiones que Predict, calculadas a mano.
        var model = new SoftmaxRegression(
            Matrix<double>.Build.DenseOfArray(
                new double[,]
                {
                    { 0, 2, 0 },
                    { 0, 0, 2 },
                }
            ),
            Vector<double>.Build.Dense([0.0, -4, -4])
        );
        static int ByHand(double x1, double x2)
        {
            double z1 = 2 * x1 - 4,
                z2 = 2 * x2 - 4;
            if (z1 > 0 && z1 >= z2)
                return 1;
            return z2 > 0 ? 2 : 0;
        }
        var data = new Dataset(Matrix<double>.Build.DenseOfArray(Points), Labels);

        var heat = ChartJson.Of(IntroNN.Charts.DecisionRegions(data, model, resolution: 25)).Traces[0];
        var xs = ChartJson.X(heat);
        var ys = ChartJson.Y(heat);
        var z = ChartJson.Matrix(heat.GetProperty("z"));
        for (var i = 0; i < ys.Length; i++)
        for (var j = 0; j < xs.Length; j++)
            Assert.Equal(ByHand(xs[j], ys[i]), z[i][j]);
    }

    [Fact]
    public void DatasetAndModelOverloadNeedsTwoFeaturesOnBothSides()
    {
        var threeFeatures = new Dataset(Matrix<double>.Build.Dense(5, 3, 1.0), Labels);
        var data = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.DecisionRegions(threeFeatures, SoftmaxRegression.Zeros(3, 3))
        );
        Assert.Equal("data", data.ParamName);
        Assert.Contains("data tiene 3 características, pero se esperaba exactamente 2", data.Message);

        var twoFeatures = new Dataset(Matrix<double>.Build.DenseOfArray(Points), Labels);
        var model = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.DecisionRegions(twoFeatures, SoftmaxRegression.Zeros(4, 3))
        );
        Assert.Equal("model", model.ParamName);
        Assert.Contains("model espera 4 características, pero se esperaba un modelo de 2", model.Message);
    }
}
