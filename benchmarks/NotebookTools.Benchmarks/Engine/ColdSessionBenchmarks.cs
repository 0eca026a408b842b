using BenchmarkDotNet.Attributes;
using NotebookEngine;
using NotebookTools.Benchmarks.Kernel;

namespace NotebookTools.Benchmarks.Engine;

/// <summary>
/// La primera celda de una sesión nueva en un proceso nuevo (JIT de Roslyn y del motor incluidos): crear la sesión y
/// ejecutar la celda. Cada medida es un proceso distinto. Objetivo del issue 3: por debajo de 3 s. Las otras dos
/// medidas son lo que ve quien vuelve a ejecutar un capítulo: su primera celda trae <c>#r "nuget:"</c> ya restaurados.
/// </summary>
[Config(typeof(ColdStartConfig))]
public class ColdSessionBenchmarks
{
    private static readonly TimeSpan PrimingTimeout = TimeSpan.FromMinutes(10);

    [Benchmark(Description = "primera celda trivial, proceso nuevo")]
    public CellResult FirstCell() => RunFirstCell("var a1 = 1;\nConsole.WriteLine(a1);");

    /// <summary>
    /// Deja los paquetes en la caché del motor restaurándolos desde otro proceso (un kernel, que usa la misma caché):
    /// hacerlo aquí calentaría Roslyn en el proceso que se mide. No se mide.
    /// </summary>
    [GlobalSetup(Targets = [nameof(FirstCellMathNet), nameof(FirstCellChapter)])]
    public void RestoreInAnotherProcess()
    {
        using var kernel = BenchmarkKernel.StartReady(PrimingTimeout, RepositoryPaths.Notebooks);
        foreach (var cell in PackageCells.PrimingCells)
            kernel.Execute(cell, PrimingTimeout);
    }

    [Benchmark(Description = "primera celda #r MathNet en caché, proceso nuevo")]
    public CellResult FirstCellMathNet() => RunFirstCell(PackageCells.MathNetReference);

    [Benchmark(Description = "primera celda del capítulo 1 en caché, proceso nuevo")]
    public CellResult FirstCellChapter() => RunFirstCell(PackageCells.ChapterFirstCell);

    private static CellResult RunFirstCell(string code)
    {
        var session = EngineCells.NewSession(RepositoryPaths.Notebooks);
        try
        {
            return EngineCells.Run(session, code);
        }
        finally
        {
            EngineCells.Dispose(session);
        }
    }
}
