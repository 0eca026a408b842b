using NotebookEngine;

namespace NotebookEngine.Tests;

/// <summary>
/// <c>TorchSharp-cpu</c> se cambia en Linux x64 por TorchSharp + libtorch-cpu-linux-x64 (los dos ya en la caché global
/// de NuGet). No se llama a torch: cargar la libtorch nativa en Debian 12 es cosa de la biblioteca del curso.
/// </summary>
public sealed class TorchSharpPackageTests() : TemporaryFolder("engine-torch-")
{
    [Fact]
    public async Task TorchSharpCpuIsSwappedForTheLinuxPackages()
    {
        if (CurrentRuntimeIdentifier() != "linux-x64")
            return; // el cambio solo existe en linux-x64
        var log = new StringWriter();
        await using var session = NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = Folder,
                PackageCacheDirectory = Path.Combine(Folder, "cache"),
                TorchBackend = TorchBackend.Cpu,
                RenderChartImages = false,
                Log = log,
            }
        );
        var result = await session.ExecuteAsync(
            "#r \"nuget: TorchSharp-cpu, 0.107.0\"\ntypeof(TorchSharp.torch).Assembly.GetName().Version!.ToString()"
        );
        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
        Assert.Equal("0.107.0.0", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
        Assert.Contains("libtorch-cpu-linux-x64 2.10.0", log.ToString());
    }

    private static string CurrentRuntimeIdentifier() =>
        System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
}
