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
        string? title = null
    )
    {
        Guard.NotNull(loss, nameof(loss));
        Guard.Interval(xRange.Min, xRange.Max, nameof(xRange));
        Guard.Interval(yRange.Min, yRange.Max, nameof(yRange));
        Guard.AtLeast(resolution, 2, nameof(resolution));
        var xs = Linspace(xRange.Min, xRange.Max, resolution);
        var ys = Linspace(yRange.Min, yRange.Max, resolution);
        var z = Grid(loss, xs, ys, nameof(loss));
        return LossSurfaceChart(xs, ys, z, loss, SinglePath(path), surface3D, xTitle, yTitle, title);
    }

    /// <summary>
    /// La superficie de pérdida con VARIOS caminos de descenso con nombre, uno por color, para compararlos sobre el
    /// mismo mapa (p. ej. una tasa de aprendizaje pequeña y una que rebota en zigzag).
    /// Capítulo 4 (<c>04-descenso-por-gradiente.ipynb</c>).
    /// </summary>
    /// <typeparam name="TPath">El tipo de cada camino (<c>List&lt;(double, double)&gt;</c>, un array...): lo deduce el compilador.</typeparam>
    /// <param name="loss">Pérdida en función de los dos parámetros: <c>(w, b) =&gt; ...</c>.</param>
    /// <param name="xRange">Intervalo del primer parámetro (eje x).</param>
    /// <param name="yRange">Intervalo del segundo parámetro (eje y).</param>
    /// <param name="paths">Pares (nombre, camino): el nombre va a la leyenda con el número de pasos; cada camino
    /// lleva los parámetros de cada paso, del primero al último.</param>
    /// <param name="surface3D">Relieve 3-D (se puede girar) en lugar de curvas de nivel.</param>
    /// <param name="resolution">Puntos por lado de la rejilla.</param>
    /// <param name="xTitle">Nombre del primer parámetro.</param>
    /// <param name="yTitle">Nombre del segundo parámetro.</param>
    /// <param name="title">Título; por defecto «Pérdida y caminos del descenso por gradiente».</param>
    public static GenericChart LossSurface<TPath>(
        Func<double, double, double> loss,
        (double Min, double Max) xRange,
        (double Min, double Max) yRange,
        IEnumerable<(string Name, TPath Path)> paths,
        bool surface3D = false,
        int resolution = 60,
        string xTitle = "w",
        string yTitle = "b",
        string? title = null
    )
        where TPath : IReadOnlyList<(double X, double Y)>
    {
        Guard.NotNull(loss, nameof(loss));
        var named = NamedPaths(paths);
        Guard.Interval(xRange.Min, xRange.Max, nameof(xRange));
        Guard.Interval(yRange.Min, yRange.Max, nameof(yRange));
        Guard.AtLeast(resolution, 2, nameof(resolution));
        var xs = Linspace(xRange.Min, xRange.Max, resolution);
        var ys = Linspace(yRange.Min, yRange.Max, resolution);
        var z = Grid(loss, xs, ys, nameof(loss));
        return LossSurfaceChart(
            xs,
            ys,
            z,
            loss,
            named,
            surface3D,
            xTitle,
            yTitle,
            title ?? "Pérdida y caminos del descenso por gradiente"
        );
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
        string? title = null
    )
    {
        var z = GridRows(xs, ys, loss);
        var xArray = xs.ToArray();
        var yArray = ys.ToArray();
        return LossSurfaceChart(
            xArray,
            yArray,
            z,
            (x, y) => Bilinear(xArray, yArray, z, x, y),
            SinglePath(path),
            surface3D,
            xTitle,
            yTitle,
            title
        );
    }

    /// <summary>
    /// La superficie de pérdida a partir de una rejilla ya calculada, con VARIOS caminos de descenso con nombre.
    /// Capítulo 4 (<c>04-descenso-por-gradiente.ipynb</c>).
    /// </summary>
    /// <typeparam name="TPath">El tipo de cada camino (<c>List&lt;(double, double)&gt;</c>, un array...): lo deduce el compilador.</typeparam>
    /// <param name="xs">Valores del primer parámetro, crecientes.</param>
    /// <param name="ys">Valores del segundo parámetro, crecientes.</param>
    /// <param name="loss">Pérdida en la rejilla: <c>loss[i, j]</c> es la pérdida en (<c>xs[i]</c>, <c>ys[j]</c>).</param>
    /// <param name="paths">Pares (nombre, camino), cada camino del primer paso al último. En 3-D su altura se
    /// interpola en la rejilla (bilineal).</param>
    /// <param name="surface3D">Relieve 3-D (se puede girar) en lugar de curvas de nivel.</param>
    /// <param name="xTitle">Nombre del primer parámetro.</param>
    /// <param name="yTitle">Nombre del segundo parámetro.</param>
    /// <param name="title">Título; por defecto «Pérdida y caminos del descenso por gradiente».</param>
    public static GenericChart LossSurface<TPath>(
        IReadOnlyList<double> xs,
        IReadOnlyList<double> ys,
        double[,] loss,
        IEnumerable<(string Name, TPath Path)> paths,
        bool surface3D = false,
        string xTitle = "w",
        string yTitle = "b",
        string? title = null
    )
        where TPath : IReadOnlyList<(double X, double Y)>
    {
        var named = NamedPaths(paths);
        var z = GridRows(xs, ys, loss);
        var xArray = xs.ToArray();
        var yArray = ys.ToArray();
        return LossSurfaceChart(
            xArray,
            yArray,
            z,
            (x, y) => Bilinear(xArray, yArray, z, x, y),
            named,
            surface3D,
            xTitle,
            yTitle,
            title ?? "Pérdida y caminos del descenso por gradiente"
        );
    }

    /// <summary>Comprueba la rejilla y la devuelve traspuesta, z[fila y][columna x], como la quiere plotly.js.</summary>
    private static double[][] GridRows(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double[,] loss)
    {
        Increasing(xs, nameof(xs));
        Increasing(ys, nameof(ys));
        Guard.NotNull(loss, nameof(loss));
        if (loss.GetLength(0) != xs.Count || loss.GetLength(1) != ys.Count)
            Guard.Fail(
                nameof(loss),
                $"es de {loss.GetLength(0)}×{loss.GetLength(1)}",
                $"una matriz de {xs.Count}×{ys.Count}, porque xs tiene {xs.Count} valores e ys {ys.Count} "
                    + "(loss[i, j] en xs[i], ys[j])"
            );
        // plotly.js wants z[row][column] = z[y][x]: transpose.
        var z = new double[ys.Count][];
        for (var j = 0; j < ys.Count; j++)
        {
            z[j] = new double[xs.Count];
            for (var i = 0; i < xs.Count; i++)
            {
                if (!double.IsFinite(loss[i, j]))
                    throw Guard.Error(
                        $"loss[{i}, {j}]",
                        $"vale {Guard.Format(loss[i, j])}",
                        "un número finito (ni NaN ni ∞)",
                        null,
                        nameof(loss)
                    );
                z[j][i] = loss[i, j];
            }
        }

        return z;
    }

    /// <summary>Un camino del descenso, con nombre (null: el único camino de las sobrecargas de un solo camino).</summary>
    private readonly record struct DescentPath(string? Name, (double X, double Y)[] Points);

    private static DescentPath[] SinglePath(IReadOnlyList<(double X, double Y)>? path)
    {
        if (path is null)
            return [];
        Guard.NotEmpty(path, nameof(path));
        CheckPoints(path, nameof(path), nameof(path));
        return [new DescentPath(null, path.ToArray())];
    }

    private static DescentPath[] NamedPaths<TPath>(IEnumerable<(string Name, TPath Path)> paths)
        where TPath : IReadOnlyList<(double X, double Y)>
    {
        Guard.NotNull(paths, nameof(paths));
        var list = paths.ToList();
        Guard.NotEmpty(list, nameof(paths));
        for (var k = 0; k < list.Count; k++)
        {
            Guard.LegendName(list[k].Name, $"paths[{k}]", nameof(paths), "camino");
            var where = $"paths[{k}] ('{list[k].Name}')";
            Guard.NotEmpty(list[k].Path, where, nameof(paths));
            CheckPoints(list[k].Path, where, nameof(paths));
        }

        return list.Select(p => new DescentPath(p.Name, p.Path.ToArray())).ToArray();
    }

    private static void CheckPoints(IReadOnlyList<(double X, double Y)> points, string name, string paramName)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (!double.IsFinite(points[i].X) || !double.IsFinite(points[i].Y))
            {
                var (coordinate, value) = double.IsFinite(points[i].X) ? ("Y", points[i].Y) : ("X", points[i].X);
                throw Guard.Error(
                    $"{name}[{i}].{coordinate}",
                    $"vale {Guard.Format(value)}",
                    "un número finito (ni NaN ni ∞)",
                    null,
                    paramName == name ? $"{name}[{i}].{coordinate}" : paramName
                );
            }
        }
    }

    private static GenericChart LossSurfaceChart(
        double[] xs,
        double[] ys,
        double[][] z,
        Func<double, double, double> height,
        DescentPath[] paths,
        bool surface3D,
        string xTitle,
        string yTitle,
        string? title
    )
    {
        var compactZ = z.Select(r => r.Select(Compact).ToArray()).ToArray();
        var traces = new List<Trace>();
        var layout = ChartLayout.Create(
            title ?? "Pérdida y camino del descenso por gradiente",
            xTitle,
            yTitle,
            height: 600
        );
        var hover = $"{xTitle} = %{{x:.3f}}<br>{yTitle} = %{{y:.3f}}<br>pérdida = %{{z:.4f}}<extra></extra>";

        traces.Add(
            (surface3D ? new Trace3D("surface") : (Trace)ChartParts.Trace("contour"))
                .With("name", "pérdida")
                .With("x", xs.Select(Compact).ToArray())
                .With("y", ys.Select(Compact).ToArray())
                .With("z", compactZ)
                .With("colorscale", "Viridis")
                .With("colorbar", ChartLayout.ColorBar("pérdida"))
                .With("hovertemplate", hover)
        );
        if (surface3D)
        {
            traces[0].With("opacity", 0.9);
        }
        else
        {
            traces[0]
                .With("ncontours", 25)
                .With("contours", new { coloring = "heatmap", showlines = true })
                .With("line", new { color = "rgba(255,255,255,0.35)", width = 0.5 });
        }

        // Drawn last to first, so the first path (the one the chapter talks about) stays on top where they cross;
        // legendrank (below the default 1000 of the markers) keeps them first in the legend, in the order given.
        for (var k = paths.Length - 1; k >= 0; k--)
        {
            var (name, points) = paths[k];
            var color = ChartColors.PathColor(k);
            var label = $"{name ?? "descenso por gradiente"} ({points.Length - 1} pasos)";
            traces.Add(
                surface3D
                    ? new Trace3D("scatter3d")
                        .With("name", label)
                        .With("mode", "lines+markers")
                        .With("x", points.Select(p => p.X).ToArray())
                        .With("y", points.Select(p => p.Y).ToArray())
                        .With("z", points.Select(p => height(p.X, p.Y)).ToArray())
                        .With("line", new { color, width = 6 })
                        .With("marker", new { color, size = 3 })
                        .With("legendgroup", $"camino {k}")
                        .With("legendrank", 100 + k)
                    : ChartParts
                        .Lines(points.Select(p => p.X), points.Select(p => p.Y), label, color, width: 2.5)
                        .With("mode", "lines+markers")
                        .With(
                            "marker",
                            new
                            {
                                color,
                                size = 5,
                                line = new { color = ChartColors.Ink, width = 0.5 },
                            }
                        )
                        .With("legendgroup", $"camino {k}")
                        .With("legendrank", 100 + k)
            );
        }

        // Markers go on top of the lines. Several paths usually share their start: one "inicio" marker per distinct
        // point, and a single legend entry.
        var starts = paths.Select(p => p.Points[0]).Distinct().ToArray();
        for (var s = 0; s < starts.Length; s++)
            traces.Add(
                PathMarker(surface3D, starts[s], height, "inicio", ChartColors.Start, "circle", surface3D ? 7 : 13)
                    .With("showlegend", s == 0)
            );

        for (var k = 0; k < paths.Length; k++)
        {
            // One unnamed path (the single-path overloads): its end is "final" in the legend. Several: each end joins
            // its path's legend group, whose entry already says which path it is.
            var (name, points) = paths[k];
            var end = PathMarker(
                    surface3D,
                    points[^1],
                    height,
                    name is null ? "final" : $"final: {name}",
                    ChartColors.PathColor(k),
                    surface3D ? "diamond" : "star",
                    surface3D ? 8 : 16
                )
                .With("legendgroup", $"camino {k}");
            traces.Add(name is null ? end : end.With("showlegend", false));
        }

        if (surface3D)
        {
            layout.With(
                "scene",
                new
                {
                    xaxis = new { title = new { text = xTitle } },
                    yaxis = new { title = new { text = yTitle } },
                    zaxis = new { title = new { text = "pérdida" } },
                    camera = new
                    {
                        eye = new
                        {
                            x = 1.7,
                            y = -1.7,
                            z = 1.1,
                        },
                    },
                }
            );
            layout.With(
                "margin",
                new
                {
                    l = 10,
                    r = 10,
                    t = 90,
                    b = 10,
                }
            );
        }

        return ChartParts.Build(layout, traces);
    }

    /// <summary>Un marcador en un punto del plano (w, b) o, en 3-D, a la altura de su pérdida.</summary>
    private static Trace PathMarker(
        bool surface3D,
        (double X, double Y) point,
        Func<double, double, double> height,
        string name,
        string color,
        string symbol,
        int size
    ) =>
        surface3D
            ? new Trace3D("scatter3d")
                .With("name", name)
                .With("mode", "markers")
                .With("x", new[] { point.X })
                .With("y", new[] { point.Y })
                .With("z", new[] { height(point.X, point.Y) })
                .With(
                    "marker",
                    new
                    {
                        color,
                        size,
                        symbol,
                        line = new { color = ChartColors.Ink, width = 1 },
                    }
                )
            : ChartParts.Markers(
                [point.X],
                [point.Y],
                name,
                color,
                size: size,
                symbol: symbol,
                outline: ChartColors.Ink
            );

    private static void Increasing(IReadOnlyList<double> values, string name)
    {
        Guard.FiniteValues(values, name);
        Guard.AtLeast(values.Count, 2, $"{name}.Count");
        for (var i = 1; i < values.Count; i++)
        {
            if (!(values[i] > values[i - 1]))
                throw Guard.Error(
                    $"{name}[{i}]",
                    $"vale {Format(values[i])}",
                    $"un valor mayor que {name}[{i - 1}] = {Format(values[i - 1])} (valores crecientes)",
                    null,
                    name
                );
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
