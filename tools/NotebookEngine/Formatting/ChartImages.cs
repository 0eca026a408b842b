using System.Reflection;
using System.Text.Json.Nodes;

namespace NotebookEngine.Formatting;

/// <summary>
/// Imágenes PNG de figuras Plotly (<c>application/vnd.plotly.v1+json</c>) con el Chromium compartido del proceso,
/// para quien tenga las figuras ya hechas: el ejecutor de cuadernos las añade a las salidas de todos sus cuadernos con
/// un solo Chromium, en vez de arrancar uno en el proceso de cada cuaderno.
/// </summary>
public static class ChartImages
{
    /// <summary>Dónde se busca Chromium si no se dice otra cosa.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Si hay Chromium en <paramref name="chromiumPath"/>.</summary>
    public static bool Available(string chromiumPath = DefaultChromiumPath) => File.Exists(chromiumPath);

    /// <summary>
    /// El PNG de <paramref name="figure"/> en base64, dibujado con plotly.js tomado de <paramref name="plotlyAssembly"/>
    /// (el Plotly.NET que hizo la figura); <c>null</c> si no hay Chromium o no se pudo (el motivo va a <paramref name="log"/>).
    /// </summary>
    public static string? RenderPng(
        JsonObject figure,
        Assembly plotlyAssembly,
        Action<string>? log = null,
        string chromiumPath = DefaultChromiumPath
    ) =>
        Available(chromiumPath)
            ? ChartImageRenderer
                .Shared(chromiumPath, log is null ? null : new LineWriter(log))
                .RenderPng(figure, PlotlyChartFormatter.PlotlyScript(plotlyAssembly))
            : null;

    private sealed class LineWriter(Action<string> log) : StringWriter
    {
        public override void WriteLine(string? value) => log(value ?? "");
    }
}
