using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// Comparación de tiempos en barras horizontales, cada una con sus milisegundos y cuántas veces más
    /// lenta es que la más rápida. Capítulo 4 (<c>04-descenso-por-gradiente.ipynb</c>): bucle por muestra
    /// frente a MathNet y TorchSharp.
    /// </summary>
    /// <param name="names">Nombre de cada variante, en el orden en que se dibujan (de arriba abajo).</param>
    /// <param name="milliseconds">Tiempo de cada variante en milisegundos (positivo).</param>
    /// <param name="device">Dispositivo que ejecutó la medida («CPU», «CUDA»...), añadido al título.</param>
    /// <param name="logScale">Eje logarítmico; por defecto, solo si la más lenta tarda más de 30 veces la más rápida.</param>
    /// <param name="title">Título; por defecto «Tiempo por paso de entrenamiento».</param>
    public static GenericChart Timings(
        IReadOnlyList<string> names,
        IReadOnlyList<double> milliseconds,
        string? device = null,
        bool? logScale = null,
        string? title = null
    )
    {
        Guard.NotEmpty(names, nameof(names));
        Guard.NotEmpty(milliseconds, nameof(milliseconds));
        Guard.SameLength(milliseconds.Count, nameof(milliseconds), names.Count, nameof(names));
        Guard.AllFinite(milliseconds, nameof(milliseconds));
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
                throw Guard.Error($"names[{i}]", "está vacío", "un nombre para cada barra", null, nameof(names));
            if (milliseconds[i] <= 0)
                throw Guard.Error(
                    $"milliseconds[{i}]",
                    $"vale {milliseconds[i].ToString(CultureInfo.InvariantCulture)}",
                    "un tiempo positivo",
                    null,
                    nameof(milliseconds)
                );
        }

        var fastest = milliseconds.Min();
        var useLog = logScale ?? milliseconds.Max() / fastest > 30;
        var labels = milliseconds
            .Select(ms =>
            {
                var text = ms.ToString(ms >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture) + " ms";
                var ratio = ms / fastest;
                return ratio < 1.005
                    ? text + "  (la más rápida)"
                    : text + $"  (×{ratio.ToString(ratio >= 10 ? "0" : "0.0", CultureInfo.InvariantCulture)})";
            })
            .ToArray();

        var bars = ChartParts
            .Trace("bar")
            .With("name", "tiempo")
            .With("orientation", "h")
            .With("x", milliseconds.ToArray())
            .With("y", names.ToArray())
            .With("text", labels)
            .With("textposition", "outside")
            .With("cliponaxis", false)
            .With(
                "marker",
                new
                {
                    color = milliseconds
                        .Select(ms => ms == fastest ? ChartColors.Class(2) : ChartColors.Model)
                        .ToArray(),
                }
            )
            .With("showlegend", false)
            .With("hovertemplate", "%{y}: %{x:.3f} ms<extra></extra>");

        var fullTitle =
            (title ?? "Tiempo por paso de entrenamiento") + (string.IsNullOrWhiteSpace(device) ? "" : $" ({device})");
        var axisTitle = "milisegundos (menos es mejor)" + (useLog ? ", escala logarítmica" : "");
        var layout = ChartLayout.Create(fullTitle, axisTitle, "", height: Math.Max(300, 120 + 60 * names.Count));
        var xAxis = useLog ? ChartLayout.LogAxis(axisTitle, milliseconds) : ChartLayout.Axis(axisTitle);
        if (!useLog)
        {
            // Room on the right for the text outside the longest bar.
            xAxis.With("range", new[] { 0, milliseconds.Max() * 1.45 });
        }

        layout.With("xaxis", xAxis);
        layout.With("yaxis", new LinearAxis().With("autorange", "reversed").With("automargin", true));
        layout.With(
            "margin",
            new
            {
                l = 20,
                r = 140,
                t = 60,
                b = 60,
            }
        );
        return ChartParts.Build(layout, [bars]);
    }
}
