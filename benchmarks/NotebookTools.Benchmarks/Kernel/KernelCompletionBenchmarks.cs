using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// <c>complete_request</c> a un kernel caliente que ya ejecutó <c>var contador = 41;</c>, hasta <c>complete_reply</c>,
/// con lo que escribe un alumno a medias: miembros de un tipo del framework, de una variable, de una clase estática,
/// una variable y un método de extensión. Objetivo del issue 5: por debajo de 200 ms.
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(5), IterationCount(15)]
public class KernelCompletionBenchmarks
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private BenchmarkKernel _kernel = null!;

    /// <summary>El código de la celda, con el cursor al final.</summary>
    [Params("Console.Wri", "contador.CompareT", "Math.Sq", "conta", "Enumerable.Ran")]
    public string Prefix { get; set; } = "";

    [GlobalSetup]
    public void StartKernel()
    {
        _kernel = BenchmarkKernel.StartReady(Timeout);
        _kernel.Execute("var contador = 41;", Timeout);
    }

    // Los status busy/idle de cada completado llegan a iopub y nadie los lee aquí: se tiran entre medidas.
    [IterationSetup]
    public void DrainIOPub() => _kernel.Drain();

    [Benchmark(Description = "complete_request → complete_reply")]
    public JsonObject Complete() => _kernel.Complete(Prefix, Timeout);

    [GlobalCleanup]
    public void StopKernel() => _kernel.Dispose();
}
