using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;

namespace NotebookTools.Benchmarks;

/// <summary>
/// Medidas «en frío»: cada medida en un proceso nuevo (la cadena de herramientas por defecto, fuera de proceso),
/// sin calentamiento ni iteración piloto y una sola invocación, como la primera celda que ejecuta un alumno.
/// Cinco procesos bastan para una mediana; más alargan mucho la ejecución en una máquina de dos núcleos.
/// </summary>
public sealed class ColdStartConfig : ManualConfig
{
    /// <summary>Procesos lanzados por caso: una medida cada uno.</summary>
    public const int Launches = 5;

    public ColdStartConfig()
    {
        AddJob(
            Job.Default.WithStrategy(RunStrategy.ColdStart)
                .WithLaunchCount(Launches)
                .WithWarmupCount(0)
                .WithIterationCount(1)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithOutlierMode(OutlierMode.DontRemove)
        );
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
    }
}
