using System.Text.Json.Nodes;
using NotebookEngine;
using NotebookEngine.Packages;

namespace NotebookEngine.Tests;

/// <summary>
/// Gráficos Plotly.NET 6.0.0 (ya en la caché global de NuGet): tres representaciones en una salida, plotly.js una
/// sola vez por sesión y, si Chromium está instalado, un PNG de verdad.
/// </summary>
public sealed class PlotlyTests() : TemporaryFolder("engine-plotly-")
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Charts_become_one_output_with_plotly_json_html_and_png()
    {
        await using var session = NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = Folder,
                PackageCacheDirectory = Path.Combine(Folder, "cache"),
                RenderChartImages = true,
                ChromiumPath = Chromium,
                // Como el kernel: Plotly.NET.Interactive no está en el feed y el motor dibuja los gráficos solo.
                PackageRules = [new("Plotly.NET.Interactive", null, [], "el motor dibuja los gráficos")],
            }
        );
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
        var first = Assert.IsType<DisplayOutput>(result.Outputs[0]).Data;
        var second = Assert.IsType<DisplayOutput>(result.Outputs[1]).Data;

        var figure = first["application/vnd.plotly.v1+json"].AsObject();
        Assert.Equal([1.0, 2, 3], figure["data"]![0]!["x"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal("markers", figure["data"]![0]!["mode"]!.GetValue<string>());
        Assert.NotNull(figure["layout"]);
        Assert.IsType<JsonObject>(figure["config"]);

        var firstHtml = first["text/html"].GetValue<string>();
        var secondHtml = second["text/html"].GetValue<string>();
        Assert.Contains("plotly.js v2.28.0", firstHtml);
        Assert.DoesNotContain("plotly.js v2.28.0", secondHtml);
        Assert.Contains("Plotly.newPlot", secondHtml);

        // Tras una celda con gráficos, display sigue sin ser ambiguo (antes: CS0121 con un "using static").
        var later = await session.ExecuteAsync("display(1)");
        Assert.True(later.Succeeded, Outputs.Describe(later.Outputs));

        if (File.Exists(Chromium))
        {
            var png = Convert.FromBase64String(first["image/png"].GetValue<string>());
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            // Ancho y alto de la cabecera IHDR: los de layout (600×600 por defecto en Plotly.NET).
            Assert.Equal(600, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
            Assert.Equal(600, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        }
    }
}
