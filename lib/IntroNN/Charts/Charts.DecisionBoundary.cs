using MathNet.Numerics.LinearAlgebra;
using Plotly.NET;
using static IntroNN.ChartNumbers;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// Los datos de dos clases sobre el mapa de la probabilidad P(y = 1 | x) que da el modelo, con la
    /// frontera de decisión (donde P = 0.5). Capítulo 4 (<c>04-descenso-por-gradiente.ipynb</c>).
    /// </summary>
    /// <remarks>
    /// La leyenda va en horizontal encima del gráfico y la barra de color a la derecha: no se tapan.
    /// Sin <paramref name="boundary"/>, la frontera es la curva de nivel 0.5 de <paramref name="probability"/>
    /// (sirve también cuando la frontera es vertical o no es una recta).
    /// </remarks>
    /// <param name="points">Una fila por muestra y dos columnas: (x₁, x₂).</param>
    /// <param name="labels">Clase de cada muestra: 0 o 1.</param>
    /// <param name="probability">P(y = 1 | x₁, x₂) del modelo, p. ej. <c>(x1, x2) =&gt; Sigmoid(w1 * x1 + w2 * x2 + b)</c>.</param>
    /// <param name="boundary">Recta x₂ = pendiente·x₁ + ordenada de la frontera; para w₁x₁ + w₂x₂ + b = 0
    /// es (−w₁/w₂, −b/w₂).</param>
    /// <param name="classNames">Nombres de las clases 0 y 1 en la leyenda; por defecto «clase 0» y «clase 1».</param>
    /// <param name="featureNames">Títulos de los ejes; por defecto x₁ y x₂.</param>
    /// <param name="resolution">Celdas por lado del mapa de probabilidad.</param>
    /// <param name="title">Título; por defecto «Frontera de decisión sobre P(y = 1 | x)».</param>
    public static GenericChart DecisionBoundary(
        double[,] points,
        IReadOnlyList<int> labels,
        Func<double, double, double> probability,
        (double Slope, double Intercept)? boundary = null,
        IReadOnlyList<string>? classNames = null,
        IReadOnlyList<string>? featureNames = null,
        int resolution = 100,
        string? title = null
    )
    {
        Guard.Points2D(points, nameof(points));
        Guard.NotEmpty(labels, nameof(labels));
        Guard.SameLength(labels.Count, nameof(labels), points.GetLength(0), "points (filas)");
        Guard.Labels(labels, 2, nameof(labels));
        Guard.NotNull(probability, nameof(probability));
        Guard.ClassNames(classNames, 2, nameof(classNames));
        Guard.ClassNames(featureNames, 2, nameof(featureNames));
        Guard.AtLeast(resolution, 2, nameof(resolution));
        if (boundary is { } line)
        {
            Guard.Finite(line.Slope, $"{nameof(boundary)}.Slope");
            Guard.Finite(line.Intercept, $"{nameof(boundary)}.Intercept");
        }

        var (xMin, xMax, yMin, yMax) = PaddedBox(points);
        var xs = Linspace(xMin, xMax, resolution);
        var ys = Linspace(yMin, yMax, resolution);
        var z = Grid(probability, xs, ys, nameof(probability));
        foreach (var row in z)
        {
            foreach (var p in row)
                Guard.Probability(p, nameof(probability));
        }

        var traces = new List<Trace>
        {
            ChartParts
                .Trace("heatmap")
                .With("name", "P(y = 1 | x)")
                .With("x", xs.Select(Compact).ToArray())
                .With("y", ys.Select(Compact).ToArray())
                .With("z", z.Select(r => r.Select(Compact).ToArray()).ToArray())
                .With("zmin", 0)
                .With("zmax", 1)
                .With("zsmooth", "best")
                .With(
                    "colorscale",
                    new object[][]
                    {
                        [0, ChartColors.PaleClass(0, 0.6)],
                        [0.5, "#FFFFFF"],
                        [1, ChartColors.PaleClass(1, 0.6)],
                    }
                )
                .With("colorbar", ChartLayout.ColorBar("P(y = 1 | x)"))
                .With("hovertemplate", "x₁ = %{x:.2f}<br>x₂ = %{y:.2f}<br>P(y = 1 | x) = %{z:.3f}<extra></extra>"),
        };

        const string boundaryName = "frontera de decisión: P = 0.5";
        if (boundary is { } l)
        {
            traces.Add(
                ChartParts.Lines(
                    [xMin, xMax],
                    [l.Slope * xMin + l.Intercept, l.Slope * xMax + l.Intercept],
                    boundaryName,
                    ChartColors.Ink
                )
            );
        }
        else
        {
            traces.Add(
                ChartParts
                    .Trace("contour")
                    .With("name", boundaryName)
                    .With("showlegend", true)
                    .With("x", xs.Select(Compact).ToArray())
                    .With("y", ys.Select(Compact).ToArray())
                    .With("z", z.Select(r => r.Select(Compact).ToArray()).ToArray())
                    .With(
                        "contours",
                        new
                        {
                            start = 0.5,
                            end = 0.5,
                            size = 1,
                            coloring = "lines",
                        }
                    )
                    .With("colorscale", new object[][] { [0, ChartColors.Ink], [1, ChartColors.Ink] })
                    .With("showscale", false)
                    .With("line", new { width = 3 })
                    .With("hoverinfo", "skip")
            );
        }

        traces.AddRange(ClassScatter(points, labels, 2, classNames));
        var layout = ChartLayout.Create(
            title ?? "Frontera de decisión sobre P(y = 1 | x)",
            featureNames?[0] ?? "x<sub>1</sub>",
            featureNames?[1] ?? "x<sub>2</sub>",
            height: 560
        );
        SetBox(layout, featureNames, xMin, xMax, yMin, yMax);
        return ChartParts.Build(layout, traces);
    }

    /// <inheritdoc cref="DecisionBoundary(double[,], IReadOnlyList{int}, Func{double, double, double}, ValueTuple{double, double}?, IReadOnlyList{string}?, IReadOnlyList{string}?, int, string?)"/>
    /// <remarks>Versión para MathNet: los puntos en una <see cref="Matrix{T}"/> de n × 2, como <c>Dataset.Features</c>.</remarks>
    public static GenericChart DecisionBoundary(
        Matrix<double> points,
        IReadOnlyList<int> labels,
        Func<double, double, double> probability,
        (double Slope, double Intercept)? boundary = null,
        IReadOnlyList<string>? classNames = null,
        IReadOnlyList<string>? featureNames = null,
        int resolution = 100,
        string? title = null
    )
    {
        Guard.NotNull(points, nameof(points));
        return DecisionBoundary(
            points.ToArray(),
            labels,
            probability,
            boundary,
            classNames,
            featureNames,
            resolution,
            title
        );
    }

    /// <summary>Una traza de puntos por clase, con el color y el nombre de la clase.</summary>
    private static IEnumerable<Trace> ClassScatter(
        double[,] points,
        IReadOnlyList<int> labels,
        int classCount,
        IReadOnlyList<string>? classNames
    )
    {
        for (var k = 0; k < classCount; k++)
        {
            var rows = Enumerable.Range(0, labels.Count).Where(i => labels[i] == k).ToArray();
            yield return ChartParts.Markers(
                rows.Select(i => points[i, 0]),
                rows.Select(i => points[i, 1]),
                classNames?[k] ?? $"clase {k}",
                ChartColors.Class(k),
                size: 9,
                outline: ChartColors.Ink
            );
        }
    }

    /// <summary>Fija los ejes a la caja de los datos (la recta de la frontera no los estira).</summary>
    private static void SetBox(
        Layout layout,
        IReadOnlyList<string>? featureNames,
        double xMin,
        double xMax,
        double yMin,
        double yMax
    )
    {
        layout.With(
            "xaxis",
            ChartLayout
                .Axis(featureNames?[0] ?? "x<sub>1</sub>")
                .With("range", new[] { xMin, xMax })
                .With("showgrid", false)
                .With("zeroline", false)
        );
        layout.With(
            "yaxis",
            ChartLayout
                .Axis(featureNames?[1] ?? "x<sub>2</sub>")
                .With("range", new[] { yMin, yMax })
                .With("showgrid", false)
                .With("zeroline", false)
        );
    }
}
