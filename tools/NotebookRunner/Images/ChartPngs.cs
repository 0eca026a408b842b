using System.Text.Json.Nodes;
using NotebookEngine.Formatting;
using NotebookFormat;

namespace NotebookRunner.Images;

/// <summary>
/// Añade a cada gráfico Plotly de un cuaderno ejecutado su imagen PNG (<c>image/png</c>), para que se vea donde no se
/// ejecuta JavaScript (GitHub). Se hace aquí, con un solo Chromium para todos los cuadernos, y no en el proceso del
/// kernel de cada uno, que tendría que arrancar el suyo. Con el PNG se quita el <c>text/html</c> del kernel: lleva
/// plotly.js (1,5 MB) para dibujarse solo en una sesión viva, pero en el archivo no sirve (los clientes no ejecutan
/// los scripts de un cuaderno que no es de confianza, GitHub nunca), y GitHub y Notebook 6, que lo prefieren al PNG,
/// mostrarían un recuadro vacío. Quedan la figura (VS Code y JupyterLab la dibujan en vivo) y su PNG.
/// </summary>
internal static class ChartPngs
{
    private const string PlotlyMime = "application/vnd.plotly.v1+json";

    /// <summary>Cuántas imágenes añadió a <paramref name="notebook"/> (0 si no hay Chromium).</summary>
    public static int Add(Notebook notebook, Action<string>? log)
    {
        if (!ChartImages.Available())
            return 0;
        var added = 0;
        foreach (var cell in notebook.CodeCells.Where(c => c.Outputs.Any(NeedsPng)))
        {
            var outputs = cell
                .Outputs.Select(output =>
                {
                    if (!NeedsPng(output) || output is not RichOutput rich)
                        return output;
                    var png = ChartImages.RenderPng(
                        (JsonObject)rich.Data[PlotlyMime],
                        typeof(Plotly.NET.GenericChart).Assembly,
                        log
                    );
                    if (png is null)
                        return output;
                    added++;
                    var data = rich.Data.Where(pair => pair.Key != "text/html").ToDictionary();
                    data["image/png"] = png;
                    return rich with { Data = data };
                })
                .ToList();
            cell.SetExecution(cell.ExecutionCount, outputs);
        }
        return added;
    }

    private static bool NeedsPng(NotebookOutput output) =>
        output is RichOutput rich
        && rich.Data.TryGetValue(PlotlyMime, out var figure)
        && figure is JsonObject
        && !rich.Data.ContainsKey("image/png");
}
