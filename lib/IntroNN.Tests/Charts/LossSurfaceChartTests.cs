namespace IntroNN.Tests.Charts;

public class LossSurfaceChartTests
{
    // Asymmetric on purpose, so that a swapped x and y would show.
    private static double Loss(double w, double b) => (w - 1) * (w - 1) + 3 * (b + 2) * (b + 2) + 0.5 * w * b;

    private static readonly (double X, double Y)[] Path = [(-3, 2), (-1, 0.5), (0.5, -1.5), (1.2, -2.1)];

    [Fact]
    public void Contour_holds_the_loss_at_each_grid_point_and_the_path_is_drawn_on_it()
    {
        var chart = ChartJson.Of(IntroNN.Charts.LossSurface(Loss, (-4, 4), (-5, 3), Path, resolution: 30, xTitle: "w", yTitle: "b"));

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
    public void Surface_3D_lifts_the_path_to_the_loss_of_each_step()
    {
        var chart = ChartJson.Of(IntroNN.Charts.LossSurface(Loss, (-4, 4), (-5, 3), Path, surface3D: true, resolution: 20));

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
    public void Grid_overload_reads_loss_i_j_at_xs_i_ys_j_and_interpolates_path_heights()
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
    public void Legend_does_not_cover_the_colour_bar()
    {
        var chart = ChartJson.Of(IntroNN.Charts.LossSurface(Loss, (-1, 1), (-1, 1), Path, resolution: 5));
        var legend = chart.Layout.GetProperty("legend");
        var bar = chart.Traces[0].GetProperty("colorbar");

        Assert.Equal("h", legend.GetProperty("orientation").GetString());
        Assert.True(bar.GetProperty("y").GetDouble() + bar.GetProperty("len").GetDouble() < legend.GetProperty("y").GetDouble());
    }

    [Fact]
    public void Bad_arguments_are_rejected_in_spanish()
    {
        var range = Assert.Throws<ArgumentException>(() => IntroNN.Charts.LossSurface(Loss, (1, -1), (0, 1)));
        Assert.Equal("xRange", range.ParamName);

        var nan = Assert.Throws<ArgumentException>(() => IntroNN.Charts.LossSurface((w, b) => Math.Log(w), (-1, 1), (0, 1), resolution: 3));
        Assert.Equal("loss", nan.ParamName);
        Assert.Contains("devolvió NaN", nan.Message);

        var shape = Assert.Throws<ArgumentException>(() => IntroNN.Charts.LossSurface([0, 1, 2], [0, 1], new double[2, 3]));
        Assert.Equal("loss", shape.ParamName);
        Assert.Contains("loss es de 2×3 pero xs tiene 3 valores e ys 2", shape.Message);

        var order = Assert.Throws<ArgumentException>(() => IntroNN.Charts.LossSurface([0, 2, 1], [0, 1], new double[3, 2]));
        Assert.Equal("xs", order.ParamName);
        Assert.Contains("se esperaban valores crecientes", order.Message);

        var path = Assert.Throws<ArgumentException>(() => IntroNN.Charts.LossSurface(Loss, (-1, 1), (-1, 1), [(0, double.NaN)], resolution: 3));
        Assert.Equal("path[0].Y", path.ParamName);
    }
}
