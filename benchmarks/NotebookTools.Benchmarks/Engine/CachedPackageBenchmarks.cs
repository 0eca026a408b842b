using BenchmarkDotNet.Attributes;
using NotebookEngine;

namespace NotebookTools.Benchmarks.Engine;

/// <summary>
/// <c>#r "nuget: MathNet.Numerics, 5.0.0"</c> ya restaurado (la caché del motor): una sesión nueva por medida en un
/// proceso caliente, tras una primera celda trivial. Objetivo del issue 3: por debajo de 0,5 s.
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(2), IterationCount(10)]
public class CachedPackageBenchmarks
{
    /// <summary>La directiva medida.</summary>
    public const string Reference = "#r \"nuget: MathNet.Numerics, 5.0.0\"";

    private const string ReferenceAndUse = Reference + """

        using MathNet.Numerics.LinearAlgebra;
        Vector<double>.Build.Dense(3, 1.0).Sum()
        """;

    private NotebookSession _session = null!;

    /// <summary>Restaura el paquete una vez si aún no estaba en la caché (puede tardar; no se mide).</summary>
    [GlobalSetup]
    public void Restore()
    {
        var session = EngineCells.NewSession();
        try
        {
            EngineCells.Run(session, Reference);
        }
        finally
        {
            EngineCells.Dispose(session);
        }
    }

    [IterationSetup]
    public void NewSession()
    {
        _session = EngineCells.NewSession();
        EngineCells.Run(_session, "var a1 = 1;");
    }

    [Benchmark(Description = "#r nuget en caché")]
    public CellResult CachedReference() => EngineCells.Run(_session, Reference);

    [Benchmark(Description = "#r nuget en caché + using + un vector")]
    public CellResult CachedReferenceAndUse() => EngineCells.Run(_session, ReferenceAndUse);

    [IterationCleanup]
    public void CloseSession() => EngineCells.Dispose(_session);
}
