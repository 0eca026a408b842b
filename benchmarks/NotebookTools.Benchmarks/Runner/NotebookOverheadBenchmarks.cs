using BenchmarkDotNet.Attributes;
using JupyterProtocol;
using NotebookFormat;
using NotebookRunner.Execution;
using NotebookTools.Benchmarks.Engine;

namespace NotebookTools.Benchmarks.Runner;

/// <summary>
/// Lo que cuesta de más ejecutar cada cuaderno en su propio proceso de kernel (issue 9): el mismo cuaderno trivial
/// de <see cref="Cells"/> celdas ejecutado por el ejecutor con un kernel nuevo, con un kernel lanzado de antemano (lo
/// que hace la cola de cuadernos mientras se ejecuta el anterior) y, como línea base, en una sesión nueva del motor
/// dentro de un proceso caliente (lo que pagaba cada cuaderno cuando todos compartían el proceso del ejecutor).
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(1), IterationCount(10)]
public class NotebookOverheadBenchmarks
{
    /// <summary>Celdas del cuaderno medido.</summary>
    public const int Cells = 5;

    private static readonly TimeSpan WarmUpTimeout = TimeSpan.FromSeconds(60);
    private static readonly RunOptions Options = new() { RenderImages = false };

    private readonly IReadOnlyList<string> _cells = new TrivialNotebook().Cells(Cells);
    private readonly string _originalDirectory = Directory.GetCurrentDirectory();
    private string _folder = "";
    private string _notebook = "";
    private string _output = "";
    private KernelProcess? _prestarted;

    [GlobalSetup]
    public void WriteNotebook()
    {
        _folder = Directory.CreateTempSubdirectory("notebook-overhead-").FullName;
        _notebook = Path.Combine(_folder, "trivial.ipynb");
        _output = Path.Combine(_folder, "out", "trivial.ipynb");
        var cells = string.Join(
            ",",
            _cells.Select(code =>
                $$"""{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": {{System.Text.Json.JsonSerializer.Serialize(code)}}}"""
            )
        );
        File.WriteAllText(
            _notebook,
            $$"""{"cells": [{{cells}}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}"""
        );
        Notebook.Read(_notebook); // que sea un cuaderno válido antes de medir nada
    }

    [Benchmark(Baseline = true, Description = "sesión nueva del motor en un proceso caliente (antes)")]
    public void InProcessSession()
    {
        var session = EngineCells.NewSession(_folder);
        try
        {
            EngineCells.RunAll(session, _cells);
        }
        finally
        {
            EngineCells.Dispose(session);
        }
    }

    [Benchmark(Description = "kernel nuevo: arranque, celdas y escritura")]
    public NotebookRunResult NewKernel() => Check(NotebookExecutor.RunAsync(_notebook, _output, Options).Result);

    /// <summary>
    /// Un kernel listo y con el compilador ya caliente (espera a que su registro lo diga), como el que la cola lanza
    /// mientras se ejecuta el cuaderno anterior. No se mide.
    /// </summary>
    [IterationSetup(Target = nameof(PrestartedKernel))]
    public void StartKernelAhead()
    {
        _prestarted = KernelLauncher.StartAsync(_notebook, Options, default).GetAwaiter().GetResult();
        var deadline = DateTime.UtcNow + WarmUpTimeout;
        while (!_prestarted.LastLines().Any(l => l.Contains("calentamiento", StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("El kernel no dijo en su registro que terminó de calentar el compilador.");
            Thread.Sleep(50);
        }
    }

    [Benchmark(Description = "kernel lanzado de antemano: celdas y escritura")]
    public NotebookRunResult PrestartedKernel() =>
        Check(
            NotebookExecutor
                .RunAsync(_notebook, _output, Options, () => Task.FromResult(_prestarted!), null, default)
                .Result
        );

    // La sesión en proceso cambia la carpeta actual a la del cuaderno: se vuelve a la de antes para poder borrarla
    // (BenchmarkDotNet escribe sus tablas en la carpeta actual).
    [GlobalCleanup]
    public void DeleteNotebook()
    {
        Directory.SetCurrentDirectory(_originalDirectory);
        Directory.Delete(_folder, recursive: true);
    }

    private static NotebookRunResult Check(NotebookRunResult result) =>
        result.Succeeded && result.ExecutedCells == Cells
            ? result
            : throw new InvalidOperationException(
                $"El cuaderno trivial no se ejecutó entero: {result.ReadError ?? result.Failure?.ToString()}"
            );
}
