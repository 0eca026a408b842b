using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Mathematics.OutlierDetection;

namespace NotebookTools.Benchmarks;

/// <summary>
/// Medidas «en caliente»: en este mismo proceso (sin generar otro proyecto), una invocación por iteración porque cada
/// una dura decenas o cientos de milisegundos, pocas iteraciones (la máquina es compartida) y mediana, mínimo y
/// máximo en la tabla: con carga ajena la media engaña, la mediana no tanto. No se quitan las medidas atípicas: una
/// espera larga también es lo que ve el usuario (la columna Max). Las clases cambian los recuentos con
/// <c>[WarmupCount]</c> e <c>[IterationCount]</c>.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig()
    {
        AddJob(
            Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithWarmupCount(3)
                .WithIterationCount(15)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithOutlierMode(OutlierMode.DontRemove)
        );
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
    }
}
