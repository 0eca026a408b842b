using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// Ida y vuelta de <c>execute_request</c> «1+1» a un kernel ya arrancado y caliente, hasta <c>execute_reply</c> y el
/// <c>status idle</c>, como lo ve un cliente. Objetivo del issue 5: mediana por debajo de 50 ms.
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(5), IterationCount(30)]
public class KernelExecuteBenchmarks
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private BenchmarkKernel _kernel = null!;

    [GlobalSetup]
    public void StartKernel()
    {
        _kernel = BenchmarkKernel.StartReady(Timeout);
        _kernel.Execute("var contador = 41;", Timeout);
    }

    [Benchmark(Description = "execute_request «1+1» → reply + idle")]
    public JsonObject ExecuteOnePlusOne() => _kernel.Execute("1+1", Timeout);

    [GlobalCleanup]
    public void StopKernel() => _kernel.Dispose();
}
