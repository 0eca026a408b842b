using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// Del lanzamiento del proceso del kernel a su <c>kernel_info_reply</c>, «en caliente»: los ficheros ya están en la
/// caché del sistema (las iteraciones de calentamiento lanzan el kernel antes). Cada medida es un kernel nuevo; el
/// apagado no cuenta. Objetivo del issue 5: por debajo de 2 s.
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(1), IterationCount(8)]
public class KernelStartBenchmarks
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    private BenchmarkKernel? _kernel;

    [Benchmark(Description = "arranque → kernel_info_reply")]
    public JsonObject StartUntilKernelInfo()
    {
        _kernel = BenchmarkKernel.Start();
        return _kernel.KernelInfo(ReplyTimeout);
    }

    [IterationCleanup]
    public void Shutdown() => _kernel?.Dispose();
}
