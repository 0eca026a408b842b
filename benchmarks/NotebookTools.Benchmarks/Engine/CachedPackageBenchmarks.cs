using BenchmarkDotNet.Attributes;
using NotebookEngine;

namespace NotebookTools.Benchmarks.Engine;

/// <summary>
/// <c>#r "nuget:"</c> de paquetes ya restaurados (la caché del motor), en una sesión nueva por medida en un proceso
/// caliente, tras una primera celda trivial. Objetivo del issue 3: por debajo de 0,5 s.
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(2), IterationCount(10)]
public class CachedPackageBenchmarks
{
    private const string MathNetReferenceAndUseCell =
        PackageCells.MathNetReference
        + """

            using MathNet.Numerics.LinearAlgebra;
            Vector<double>.Build.Dense(3, 1.0).Sum()
            """;

    private NotebookSession _session = null!;

    /// <summary>Restaura los paquetes una vez si aún no estaban en la caché (puede tardar minutos; no se mide).</summary>
    [GlobalSetup]
    public void Restore()
    {
        var session = EngineCells.NewSession(RepositoryPaths.Notebooks);
        try
        {
            EngineCells.RunAll(session, PackageCells.PrimingCells);
        }
        finally
        {
            EngineCells.Dispose(session);
        }
    }

    [IterationSetup]
    public void NewSession()
    {
        _session = EngineCells.NewSession(RepositoryPaths.Notebooks);
        EngineCells.Run(_session, "var a1 = 1;");
    }

    [Benchmark(Description = "#r MathNet en caché")]
    public CellResult MathNetReference() => EngineCells.Run(_session, PackageCells.MathNetReference);

    [Benchmark(Description = "#r MathNet en caché + using + un vector")]
    public CellResult MathNetReferenceAndUse() => EngineCells.Run(_session, MathNetReferenceAndUseCell);

    [Benchmark(Description = "primera celda del capítulo 1 (6 #r nuget en caché + IntroNN.dll)")]
    public CellResult ChapterFirstCell() => EngineCells.Run(_session, PackageCells.ChapterFirstCell);

    [IterationCleanup]
    public void CloseSession() => EngineCells.Dispose(_session);
}
