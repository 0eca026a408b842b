using Plotly.NET;
using static IntroNN.ChartNumbers;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// La superficie de pérdida sobre dos parámetros (curvas de nivel, o relieve 3-D) con el camino que
    /// siguió el descenso por gradiente encima. Capítulo 4 (<c>04-descenso-por-gradiente.ipynb</c>).
    /// </summary>
    /// <param name="loss">Pérdida en función de los dos parámetros: <c>(w, b) =&gt; ...</c>.</param>
    /// <param name="xRange">Intervalo del primer parámetro (eje x).</param>
    /// <param name="yRange">Intervalo del segundo parámetro (eje y).</param>
    /// <param name="path">Parámetros en cada paso del descenso, del primero al último.</param>
    /// <param name="surface3D">Relieve 3-D (se puede girar) en lugar de curvas de nivel.</param>
    /// <param name="resolution">Puntos por lado de la rejilla.</param>
    /// <param name="xTitle">Nombre del primer parámetro.</param>
    /// <param name="yTitle">Nombre del segundo parámetro.</param>
    /// <param name="title">Título; por defecto «Pérdida y camino del descenso por gradiente».</param>
    public static GenericChart LossSurface(
        Func<double, double, double> loss,
        (double Min, double Max) xRange,
        (double Min, double Max) yRange,
        IReadOnlyList<(double X, double Y)>? path = null,
        bool surface3D = false,
        int resolution = 60,
        string xTitle = "w",
        string yTitle = "b",
        string? title = null)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ChartArguments.Interval(xRange.Min, xRange.Max, nameof(xRange));
        ChartArguments.Interval(yRange.Min, yRange.Max, nameof(yRange));
        ChartArguments.AtLeast(resolution, 2, nameof(resolution));
        var xs = Linspace(xRange.Min, xRange.Max, resolution);
        var ys = Linspace(yRange.Min, yRange.Max, resolution);
        var z = Grid(loss, xs, ys, nameof(loss));
        return LossSurfaceChart(xs, ys, z, loss, path, surface3D, xTitle, yTitle, title);
    }

    /// <summary>
    /// La superficie de pérdida a partir de una rejilla ya calculada, con el camino del descenso por
    /// gradiente. Capítulo 4 (<c>04-descenso-por-gradiente.ipynb</c>).
    /// </summary>
    /// <param name="xs">Valores del primer parámetro, crecientes.</param>
    /// <param name="ys">Valores del segundo parámetro, crecientes.</param>
    /// <param name="loss">Pérdida en la rejilla: <c>loss[i, j]</c> es la pérdida en (<c>xs[i]</c>, <c>ys[j]</c>).</param>
    /// <param name="path">Parámetros en cada paso del descenso, del primero al último. En 3-D su altura se
    /// interpola en la rejilla (bilineal).</param>
    /// <param name="surface3D">Relieve 3-D (se puede girar) en lugar de curvas de nivel.</param>
    /// <param name="xTitle">Nombre del primer parámetro.</param>
    /// <param name="yTitle">Nombre del segundo parámetro.</param>
    /// <param name="title">Título; por defecto «Pérdida y camino del descenso por gradiente».</param>
    public static GenericChart LossSurface(
        IReadOnlyList<double> xs,
        IReadOnlyList<double> ys,
        double[,] loss,
        IReadOnlyList<(double X, double Y)>? path = null,
        bool surface3D = false,
        string xTitle = "w",
        string yTitle = "b",
        string? title = null)
    {
        Increasing(xs, nameof(xs));
        Increasing(ys, nameof(ys));
        ArgumentNullException.ThrowIfNull(loss);
        if (loss.GetLength(0) != xs.Count || loss.GetLength(1) != ys.Count)
            throw new ArgumentException(
                $"loss es de {loss.GetLength(0)}×{loss.GetLength(1)} pero xs tiene {xs.Count} valores e ys {ys.Count}; "
                + $"se esperaba loss de {xs.Count}×{ys.Count} (loss[i, j] en xs[i], ys[j]).", nameof(loss));
        // plotly.js wants z[row][column] = z[y][x]: transpose.
        var z = new double[ys.Count][];
        for (var j = 0; j < ys.Count; j++)
        {
            z[j] = new double[xs.Count];
            for (var i = 0; i < xs.Count; i++)
            {
                if (!double.IsFinite(loss[i, j]))
                    throw new ArgumentException($"loss[{i}, {j}] es {loss[i, j]}; se esperaban números finitos.", nameof(loss));
                z[j][i] = loss[i, j];
            }
        }

        var xArray = xs.ToArray();
        var yArray = ys.ToArray();
        return LossSurfaceChart(xArray, yArray, z, (x, y) => Bilinear(xArray, yArray, z, x, y), path, surface3D, xTitle, yTitle, title);
    }

    private static GenericChart LossSurfaceChart(
        double[] xs, double[] ys, double[][] z, Func<double, double, double> height,
        IReadOnlyList<(double X, double Y)>? path, bool surface3D, string xTitle, string yTitle, string? title)
    {
        if (path is not null)
        {
            ChartArguments.NotEmpty(path, nameof(path));
            for (var i = 0; i < path.Count; i++)
            {
                ChartArguments.Finite(path[i].X, $"{nameof(path)}[{i}].X");
                ChartArguments.Finite(path[i].Y, $"{nameof(path)}[{i}].Y");
            }
        }

        var compactZ = z.Select(r => r.Select(Compact).ToArray()).ToArray();
        var traces = new List<Trace>();
        var steps = path is null ? "" : $" ({path.Count - 1} pasos)";
        var layout = ChartLayout.Create(title ?? "Pérdida y camino del descenso por gradiente", xTitle, yTitle, height: 600);

        if (!surface3D)
        {
            traces.Add(ChartParts.Trace("contour")
                .With("name", "pérdida")
                .With("x", xs.Select(Compact).ToArray())
                .With("y", ys.Select(Compact).ToArray())
                .With("z", compactZ)
                .With("colorscale", "Viridis")
                .With("ncontours", 25)
                .With("contours", new { coloring = "heatmap", showlines = true })
                .With("line", new { color = "rgba(255,255,255,0.35)", width = 0.5 })
                .With("colorbar", ChartLayout.ColorBar("pérdida"))
                .With("hovertemplate", $"{xTitle} = %{{x:.3f}}<br>{yTitle} = %{{y:.3f}}<br>pérdida = %{{z:.4f}}<extra></extra>"));
            if (path is not null)
            {
                traces.Add(ChartParts.Lines(path.Select(p => p.X), path.Select(p => p.Y), $"descenso por gradiente{steps}", ChartColors.Path, width: 2.5)
                    .With("mode", "lines+markers")
                    .With("marker", new { color = ChartColors.Path, size = 5 }));
                traces.Add(ChartParts.Markers([path[0].X], [path[0].Y], "inicio", ChartColors.Start, size: 13, outline: ChartColors.Ink));
                traces.Add(ChartParts.Markers([path[^1].X], [path[^1].Y], "final", ChartColors.Path, size: 16, symbol: "star", outline: ChartColors.Ink));
            }

            return ChartParts.Build(layout, traces);
        }

        traces.Add(new Trace3D("surface")
            .With("name", "pérdida")
            .With("x", xs.Select(Compact).ToArray())
            .With("y", ys.Select(Compact).ToArray())
            .With("z", compactZ)
            .With("colorscale", "Viridis")
            .With("opacity", 0.9)
            .With("colorbar", ChartLayout.ColorBar("pérdida"))
            .With("hovertemplate", $"{xTitle} = %{{x:.3f}}<br>{yTitle} = %{{y:.3f}}<br>pérdida = %{{z:.4f}}<extra></extra>"));
        if (path is not null)
        {
            var pathZ = path.Select(p => height(p.X, p.Y)).ToArray();
            traces.Add(new Trace3D("scatter3d")
                .With("name", $"descenso por gradiente{steps}")
                .With("mode", "lines+markers")
                .With("x", path.Select(p => p.X).ToArray())
                .With("y", path.Select(p => p.Y).ToArray())
                .With("z", pathZ)
                .With("line", new { color = ChartColors.Path, width = 6 })
                .With("marker", new { color = ChartColors.Path, size = 3 }));
            traces.Add(new Trace3D("scatter3d")
                .With("name", "inicio")
                .With("mode", "markers")
                .With("x", new[] { path[0].X })
                .With("y", new[] { path[0].Y })
                .With("z", new[] { pathZ[0] })
                .With("marker", new { color = ChartColors.Start, size = 7, line = new { color = ChartColors.Ink, width = 1 } }));
            traces.Add(new Trace3D("scatter3d")
                .With("name", "final")
                .With("mode", "markers")
                .With("x", new[] { path[^1].X })
                .With("y", new[] { path[^1].Y })
                .With("z", new[] { pathZ[^1] })
                .With("marker", new { color = ChartColors.Path, size = 8, symbol = "diamond", line = new { color = ChartColors.Ink, width = 1 } }));
        }

        layout.With("scene", new
        {
            xaxis = new { title = new { text = xTitle } },
            yaxis = new { title = new { text = yTitle } },
            zaxis = new { title = new { text = "pérdida" } },
            camera = new { eye = new { x = 1.7, y = -1.7, z = 1.1 } },
        });
        layout.With("margin", new { l = 10, r = 10, t = 90, b = 10 });
        return ChartParts.Build(layout, traces);
    }

    private static void Increasing(IReadOnlyList<double> values, string name)
    {
        ChartArguments.FiniteValues(values, name);
        ChartArguments.AtLeast(values.Count, 2, $"{name}.Count");
        for (var i = 1; i < values.Count; i++)
        {
            if (!(values[i] > values[i - 1]))
                throw new ArgumentException(
                    $"{name}[{i}] = {Format(values[i])} no es mayor que {name}[{i - 1}] = {Format(values[i - 1])}; se esperaban valores crecientes.", name);
        }
    }

    /// <summary>Interpolación bilineal en la rejilla z[fila y][columna x]; fuera de ella, el borde más cercano.</summary>
    private static double Bilinear(double[] xs, double[] ys, double[][] z, double x, double y)
    {
        static (int Index, double Fraction) Locate(double[] grid, double value)
        {
            if (value <= grid[0])
                return (0, 0);
            if (value >= grid[^1])
                return (grid.Length - 2, 1);
            var upper = Array.BinarySearch(grid, value);
            if (upper >= 0)
                return upper == 0 ? (0, 0) : (upper - 1, 1);
            upper = ~upper;
            return (upper - 1, (value - grid[upper - 1]) / (grid[upper] - grid[upper - 1]));
        }

        var (i, fx) = Locate(xs, x);
        var (j, fy) = Locate(ys, y);
        var bottom = z[j][i] * (1 - fx) + z[j][i + 1] * fx;
        var top = z[j + 1][i] * (1 - fx) + z[j + 1][i + 1] * fx;
        return bottom * (1 - fy) + top * fy;
    }
}
