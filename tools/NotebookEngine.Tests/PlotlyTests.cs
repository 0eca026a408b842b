using System.Text.Json.Nodes;
using NotebookBook.Tests;
using NotebookEngine;
using NotebookEngine.Packages;

namespace NotebookEngine.Tests;

/// <summary>
/// Gráficos Plotly.NET 6.0.0 (ya en la caché global de NuGet): tres representaciones en una salida y plotly.js en
/// cada una (cada gráfico se dibuja solo, también tras recargar la página); con Chromium, el dibujo y un PNG de verdad.
/// </summary>
public sealed class PlotlyTests() : TemporaryFolder("engine-plotly-")
{
    [Fact]
    public async Task Charts_become_one_output_with_plotly_json_and_html_that_brings_its_own_plotly()
    {
        await using var session = NewSession(images: false);
        var (first, second) = await TwoCharts(session);

        var figure = first["application/vnd.plotly.v1+json"].AsObject();
        Assert.Equal([1.0, 2, 3], figure["data"]![0]!["x"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal("markers", figure["data"]![0]!["mode"]!.GetValue<string>());
        Assert.NotNull(figure["layout"]);
        Assert.IsType<JsonObject>(figure["config"]);

        var firstHtml = first["text/html"].GetValue<string>();
        var secondHtml = second["text/html"].GetValue<string>();
        // Los dos llevan plotly.js (comprimido), no solo el primero de la sesión.
        Assert.Contains("plotly.js v2.28.0", EmbeddedPlotly(firstHtml));
        Assert.Contains("plotly.js v2.28.0", EmbeddedPlotly(secondHtml));
        Assert.Contains("Plotly.newPlot", secondHtml);

        // Tras una celda con gráficos, display sigue sin ser ambiguo (antes: CS0121 con un "using static").
        var later = await session.ExecuteAsync("display(1)");
        Assert.True(later.Succeeded, Outputs.Describe(later.Outputs));
    }

    [ChromiumFact]
    public async Task A_chart_alone_draws_after_a_page_reload_and_comes_with_a_real_png()
    {
        await using var session = NewSession(images: true);
        var (first, second) = await TwoCharts(session);

        // Tras recargar la página solo está la salida que se vuelve a ejecutar (aquí, la segunda), con require.js de
        // Notebook 6 en la página: se dibuja sola.
        var page = Path.Combine(Folder, "recargada.html");
        File.WriteAllText(
            page,
            "<html><body><script>window.define = function () {}; window.define.amd = {};</script>"
                + second["text/html"].GetValue<string>()
                + "</body></html>"
        );
        var dom = Chromium.DumpDom(page, virtualSeconds: 10);
        Assert.Contains("class=\"plot-container plotly\"", dom);
        Assert.Contains("main-svg", dom);

        var png = Convert.FromBase64String(first["image/png"].GetValue<string>());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // Ancho y alto de la cabecera IHDR: los de layout (600×600 por defecto en Plotly.NET).
        Assert.Equal(600, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(600, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    private NotebookSession NewSession(bool images) =>
        NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = Folder,
                PackageCacheDirectory = Path.Combine(Folder, "cache"),
                RenderChartImages = images,
                ChromiumPath = Chromium.Executable,
                // Como el kernel: Plotly.NET.Interactive no está en el feed y el motor dibuja los gráficos solo.
                PackageRules = [new("Plotly.NET.Interactive", null, [], "el motor dibuja los gráficos")],
            }
        );

    // Dos gráficos en una celda, uno con .Display() y otro con display(...): sus dos salidas.
    private static async Task<(
        IReadOnlyDictionary<string, JsonNode> First,
        IReadOnlyDictionary<string, JsonNode> Second
    )> TwoCharts(NotebookSession session)
    {
        var setup = await session.ExecuteAsync(
            "#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\n#r \"nuget: Plotly.NET.Interactive, 6.0.0\""
        );
        Assert.True(setup.Succeeded, Outputs.Describe(setup.Outputs));
        var result = await session.ExecuteAsync(
            "Plotly.NET.CSharp.Chart.Point<double, double, string>(x: new[] { 1.0, 2, 3 }, y: new[] { 2.0, 4, 3 }).Display();\n"
                + "display(Plotly.NET.CSharp.Chart.Line<double, double, string>(x: new[] { 1.0, 2 }, y: new[] { 5.0, 6 }));"
        );
        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
        Assert.Equal(2, result.Outputs.Count);
        return (
            Assert.IsType<DisplayOutput>(result.Outputs[0]).Data,
            Assert.IsType<DisplayOutput>(result.Outputs[1]).Data
        );
    }

    // El plotly.js que lleva el HTML de un gráfico: la cadena base64 de plotlyGzip, descomprimida.
    private static string EmbeddedPlotly(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "plotlyGzip = \"([^\"]+)\"");
        Assert.True(match.Success, "el HTML del gráfico no lleva plotly.js");
        using var gzip = new System.IO.Compression.GZipStream(
            new MemoryStream(Convert.FromBase64String(match.Groups[1].Value)),
            System.IO.Compression.CompressionMode.Decompress
        );
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
