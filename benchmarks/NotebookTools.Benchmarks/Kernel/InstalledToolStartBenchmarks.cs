using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// Del lanzamiento de la orden instalada (<c>csharp-kernel -f conexión.json</c>, la herramienta .NET, como la lanza su
/// kernelspec) a su <c>kernel_info_reply</c>, «en caliente»: las iteraciones de calentamiento ya la lanzaron. Cada
/// medida es un kernel nuevo; el apagado no cuenta. Objetivo del issue 11: por debajo de 1 s.
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(1), IterationCount(8)]
public class InstalledToolStartBenchmarks
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    private InstalledTool? _tool;
    private string _history = "";
    private BenchmarkKernel? _kernel;

    [GlobalSetup]
    public void Install()
    {
        _tool = InstalledTool.PackAndInstall();
        _history = Path.Combine(Directory.CreateTempSubdirectory("historial-").FullName, "history.sqlite");
    }

    [Benchmark(Description = "herramienta csharp-kernel: arranque → kernel_info_reply")]
    public JsonObject StartUntilKernelInfo()
    {
        _kernel = BenchmarkKernel.Start(
            command: _tool!.Command,
            environment: new Dictionary<string, string> { ["NOTEBOOK_KERNEL_HISTORY"] = _history }
        );
        return _kernel.KernelInfo(ReplyTimeout);
    }

    [IterationCleanup]
    public void Shutdown() => _kernel?.Dispose();

    [GlobalCleanup]
    public void Uninstall()
    {
        _tool?.Dispose();
        Directory.Delete(Path.GetDirectoryName(_history)!, recursive: true);
    }
}
