namespace IntroNN.Tests.Charts;

public class LossSurfaceChartTests
{
    // Asymmetric on purpose, so that a swapped x and y would show.
    private static double Loss(double w, double b) => (w - 1) * (w - 1) + 3 * (b + 2) * (b + 2) + 0.5 * w * b;

    private static readonly (double X, double Y)[] Path = [(-3, 2), (-1, 0.5), (0.5, -1.5), (1.2, -2.1)];

    [Fact]
    public void ContourHoldsTheLossAtEachGridPointAndThePathIsDrawnOnIt()
    {
        var chart = ChartJson.Of(
            IntroNN.Charts.LossSurface(Loss, (-4, 4), (-5, 3), Path, resolution: 30, xTitle: "w", yTitle: "b")
        );

        Assert.Equal(["contour", "scatter", "scatter", "scatter"], chart.TraceTypes);
        var contour = chart.Traces[0];
        var xs = ChartJson.X(contour);
        var ys = ChartJson.Y(contour);
        var z = ChartJson.Matrix(contour.GetProperty("z"));
        Assert.Equal((-4.0, 4.0), (xs[0], xs[^1]));
        Assert.Equal((-5.0, 3.0), (ys[0], ys[^1]));
        foreach (var (i, j) in new[] { (0, 0), (0, 29), (29, 0), (11, 23) })
            Assert.Equal(Loss(xs[j], ys[i]), z[i][j], 1e-4 * Math.Max(1, Math.Abs(z[i][j])));

        var path = chart.TraceNamed("descenso por gradiente (3 pasos)");
        Assert.Equal(Path.Select(p => p.X), ChartJson.X(path));
        Assert.Equal(Path.Select(p => p.Y), ChartJson.Y(path));
        Assert.Equal([-3.0], ChartJson.X(chart.TraceNamed("inicio")));
        Assert.Equal([-2.1], ChartJson.Y(chart.TraceNamed("final")));
        Assert.Equal("w", chart.AxisTitle("xaxis"));
        Assert.Equal("b", chart.AxisTitle("yaxis"));
        Assert.Equal("pérdida", contour.GetProperty("colorbar").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Surface3DLiftsThePathToTheLossOfEachStep()
    {
        var chart = ChartJson.Of(
            IntroNN.Charts.LossSurface(Loss, (-4, 4), (-5, 3), Path, surface3D: true, resolution: 20)
        );

        Assert.Equal(["surface", "scatter3d", "scatter3d", "scatter3d"], chart.TraceTypes);
        var path = chart.TraceNamed("descenso por gradiente");
        var z = ChartJson.Doubles(path.GetProperty("z"));
        for (var k = 0; k < Path.Length; k++)
            Assert.Equal(Loss(Path[k].X, Path[k].Y), z[k], 12);
        var scene = chart.Layout.GetProperty("scene");
        Assert.Equal("pérdida", scene.GetProperty("zaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("w", scene.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void GridOverloadReadsLossIJAtXsIYsJAndInterpolatesPathHeights()
    {
        // A bilinear function: bilinear interpolation on any grid reproduces it exactly.
        static double Bilinear(double x, double y) => 2 + 0.5 * x - 1.5 * y + 0.25 * x * y;
        double[] xs = [-2, -1, 0.5, 2];
        double[] ys = [-1, 0, 3];
        var loss = new double[xs.Length, ys.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            for (var j = 0; j < ys.Length; j++)
                loss[i, j] = Bilinear(xs[i], ys[j]);
        }

        (double, double)[] path = [(-1.7, 2.2), (0.1, -0.3), (1.9, 0.7)];

        var flat = ChartJson.Of(IntroNN.Charts.LossSurface(xs, ys, loss));
        var z = ChartJson.Matrix(flat.Traces[0].GetProperty("z"));
        Assert.Equal(ys.Length, z.Length);
        Assert.Equal(Bilinear(xs[3], ys[0]), z[0][3], 12);
        Assert.Equal(Bilinear(xs[1], ys[2]), z[2][1], 12);

        var lifted = ChartJson.Of(IntroNN.Charts.LossSurface(xs, ys, loss, path, surface3D: true));
        var pathZ = ChartJson.Doubles(lifted.TraceNamed("descenso por gradiente").GetProperty("z"));
        for (var k = 0; k < path.Length; k++)
            Assert.Equal(Bilinear(path[k].Item1, path[k].Item2), pathZ[k], 12);
    }

    [Fact]
    public void SeveralNamedPathsShareTheMapEachInItsColourWithOneStartMarker()
    {
        (double, double)[] zigzag = [(-3, 2), (2, -4), (-1, -1)];
        var chart = ChartJson.Of(
            IntroNN.Charts.LossSurface(Loss, (-4, 4), (-5, 3), [("η = 0.05", Path), ("η = 1", zigzag)], resolution: 10)
        );

        var slow = chart.TraceNamed("η = 0.05 (3 pasos)");
        var bouncy = chart.TraceNamed("η = 1 (2 pasos)");
        Assert.Equal(Path.Select(p => p.Y), ChartJson.Y(slow));
        Assert.Equal(zigzag.Select(p => p.Item1), ChartJson.X(bouncy));
        Assert.Equal(ChartColors.PathColor(0), slow.GetProperty("line").GetProperty("color").GetString());
        Assert.Equal(ChartColors.PathColor(1), bouncy.GetProperty("line").GetProperty("color").GetString());
        Assert.NotEqual(ChartColors.PathColor(0), ChartColors.PathColor(1));
        // The first path is drawn last (on top where they cross) but listed first in the legend.
        var order = chart.Traces.Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.True(order.IndexOf("η = 0.05 (3 pasos)") > order.IndexOf("η = 1 (2 pasos)"));
        Assert.True(slow.GetProperty("legendrank").GetDouble() < bouncy.GetProperty("legendrank").GetDouble());

        // Both start at (-3, 2): a single "inicio" marker. Each end sits in its path's legend group, out of the legend.
        var start = chart.TraceNamed("inicio");
        Assert.Equal([-3.0], ChartJson.X(start));
        var end = chart.TraceNamed("final: η = 1");
        Assert.Equal([-1.0], ChartJson.Y(end));
        Assert.False(end.GetProperty("showlegend").GetBoolean());
        Assert.Equal(bouncy.GetProperty("legendgroup").GetString(), end.GetProperty("legendgroup").GetString());
        Assert.Equal([1.2], ChartJson.X(chart.TraceNamed("final: η = 0.05")));
        Assert.Equal("Pérdida y caminos del descenso por gradiente", chart.Title);
    }

    [Fact]
    public void SeveralPathsIn3DAndOnAGridAreLiftedToTheirLoss()
    {
        (double X, double Y)[] other = [(1, 1), (0, -2)];
        var chart = ChartJson.Of(
            IntroNN.Charts.LossSurface(
                Loss,
                (-4, 4),
                (-5, 3),
                [("a", Path), ("b", other)],
                surface3D: true,
                resolution: 8
            )
        );

        var z = ChartJson.Doubles(chart.TraceNamed("b (1 pasos)").GetProperty("z"));
        Assert.Equal(Loss(1, 1), z[0], 12);
        Assert.Equal(Loss(0, -2), z[1], 12);
        // Two distinct starts: two markers, one legend entry.
        Assert.Equal(2, chart.Traces.Count(t => t.GetProperty("name").GetString() == "inicio"));

        double[] xs = [-1, 0, 1];
        double[] ys = [0, 2];
        var grid = new double[3, 2];
        var flat = ChartJson.Of(IntroNN.Charts.LossSurface(xs, ys, grid, [("a", new[] { (0.0, 1.0) })]));
        Assert.Equal([0.0], ChartJson.X(flat.TraceNamed("a (0 pasos)")));
    }

    [Fact]
    public void BadNamedPathsAreRejectedInSpanish()
    {
        var none = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LossSurface(Loss, (-1, 1), (-1, 1), Array.Empty<(string, (double, double)[])>())
        );
        Assert.Equal("paths", none.ParamName);

        var nameless = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LossSurface(Loss, (-1, 1), (-1, 1), [(" ", Path)])
        );
        Assert.Contains("paths[0] no tiene nombre", nameless.Message);

        var empty = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LossSurface(Loss, (-1, 1), (-1, 1), [("a", Path), ("b", Array.Empty<(double, double)>())])
        );
        Assert.Contains("paths[1] ('b') está vacío", empty.Message);

        var nan = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LossSurface(Loss, (-1, 1), (-1, 1), [("a", new[] { (0.0, 0.0), (double.NaN, 1.0) })])
        );
        Assert.Equal("paths", nan.ParamName);
        Assert.Contains("paths[0] ('a')[1].X vale NaN, pero se esperaba un número finito (ni NaN ni ∞).", nan.Message);
    }

    [Fact]
    public void LegendDoesNotCoverTheColourBar()
    {
        var chart = ChartJson.Of(IntroNN.Charts.LossSurface(Loss, (-1, 1), (-1, 1), Path, resolution: 5));
        var legend = chart.Layout.GetProperty("legend");
        var bar = chart.Traces[0].GetProperty("colorbar");

        Assert.Equal("h", legend.GetProperty("orientation").GetString());
        Assert.True(
            bar.GetProperty("y").GetDouble() + bar.GetProperty("len").GetDouble() < legend.GetProperty("y").GetDouble()
        );
    }

    [Fact]
    public void BadArgumentsAreRejectedInSpanish()
    {
        var range = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.LossSurface(Loss, (1, -1), (0, 1)));
        Assert.Equal("xRange", range.ParamName);

        var nan = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LossSurface((w, b) => Math.Log(w), (-1, 1), (0, 1), resolution: 3)
        );
        Assert.Equal("loss", nan.ParamName);
        Assert.Contains("devolvió NaN", nan.Message);

        var shape = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LossSurface([0, 1, 2], [0, 1], new double[2, 3])
        );
        Assert.Equal("loss", shape.ParamName);
        Assert.Contains(
            "loss es de 2×3, pero se esperaba una matriz de 3×2, porque xs tiene 3 valores e ys 2",
            shape.Message
        );

        var order = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LossSurface([0, 2, 1], [0, 1], new double[3, 2])
        );
        Assert.Equal("xs", order.ParamName);
        Assert.Contains(
            "xs[2] vale 1, pero se esperaba un valor mayor que xs[1] = 2 (valores crecientes).",
            order.Message
        );

        var path = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.LossSurface(Loss, (-1, 1), (-1, 1), [(0, double.NaN)], resolution: 3)
        );
        Assert.Equal("path[0].Y", path.ParamName);
    }
}
