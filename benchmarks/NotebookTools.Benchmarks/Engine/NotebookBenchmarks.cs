using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NotebookEngine;

namespace NotebookTools.Benchmarks.Engine;

/// <summary>
/// Un cuaderno caliente de 20 celdas triviales: las celdas 2 a 20 de una sesión nueva en un proceso que ya ha
/// ejecutado otras (la primera celda va aparte, en la preparación). La tabla da el tiempo por celda (la medida se
/// divide entre 19). Línea base: Roslyn solo (<c>ContinueWithAsync</c>) con las mismas referencias y <c>using</c>
/// que el motor; el cociente es cuánto añade el motor (instrumentación de cancelación, análisis de la última
/// expresión, formateo y salidas).
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(2), IterationCount(10)]
public class NotebookBenchmarks
{
    /// <summary>Celdas del cuaderno.</summary>
    public const int CellCount = 20;

    private readonly IReadOnlyList<string> _cells = new TrivialNotebook().Cells(CellCount);
    private NotebookSession _session = null!;
    private ScriptOptions _roslynOptions = null!;
    private ScriptState<object> _roslynState = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Las opciones de partida del motor (framework entero, imports de Polyglot) más este ensamblado (los globales).
        var probe = EngineCells.NewSession();
        _roslynOptions = probe.ScriptOptions.AddReferences(typeof(RoslynGlobals).Assembly);
        EngineCells.Dispose(probe);
    }

    [IterationSetup(Target = nameof(Roslyn))]
    public void StartRoslyn() =>
        _roslynState = CSharpScript.RunAsync(_cells[0], _roslynOptions, new RoslynGlobals()).GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = CellCount - 1, Description = "Roslyn solo, por celda")]
    public object Roslyn()
    {
        var console = Console.Out;
        Console.SetOut(TextWriter.Null); // las celdas Console.WriteLine no ensucian la salida de la medida
        try
        {
            var state = _roslynState;
            foreach (var cell in _cells.Skip(1))
                state = state.ContinueWithAsync(cell, _roslynOptions).GetAwaiter().GetResult();
            return state.ReturnValue;
        }
        finally
        {
            Console.SetOut(console);
        }
    }

    [IterationSetup(Target = nameof(Engine))]
    public void StartEngine()
    {
        _session = EngineCells.NewSession();
        EngineCells.Run(_session, _cells[0]);
    }

    [Benchmark(OperationsPerInvoke = CellCount - 1, Description = "NotebookSession, por celda")]
    public void Engine() => EngineCells.RunAll(_session, _cells.Skip(1));

    [IterationCleanup(Target = nameof(Engine))]
    public void StopEngine() => EngineCells.Dispose(_session);
}
