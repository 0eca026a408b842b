using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

/// <summary>
/// Configuración común: en proceso (sin generar otro proyecto por cada medida), pocas iteraciones porque cada paso
/// con 1 000 000 × 32 tarda decenas de milisegundos, y mediana y cociente frente a la línea base en la tabla.
/// </summary>
static class BenchConfig
{
    public static IConfig Create() =>
        DefaultConfig
            .Instance.AddJob(
                Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                    .WithWarmupCount(3)
                    .WithIterationCount(15)
                    .WithInvocationCount(1)
                    .WithUnrollFactor(1)
            )
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
