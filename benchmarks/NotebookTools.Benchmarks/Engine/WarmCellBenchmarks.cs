using BenchmarkDotNet.Attributes;
using NotebookEngine;

namespace NotebookTools.Benchmarks.Engine;

/// <summary>
/// Una celda trivial de cada clase en una sesión caliente que ya lleva 20 celdas (la sesión crece con cada medida,
/// hasta unas 40, la longitud de un capítulo). Objetivo del issue 3: mediana por celda por debajo de 100 ms.
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(3), IterationCount(15)]
public class WarmCellBenchmarks
{
    private NotebookSession _session = null!;
    private TrivialNotebook _notebook = null!;
    private string _cell = "";

    /// <summary>Qué hace la celda medida.</summary>
    [ParamsAllValues]
    public CellKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _notebook = new TrivialNotebook();
        _session = EngineCells.NewSession();
        EngineCells.RunAll(_session, _notebook.Cells(19));
        // La celda 20 ya es de la clase medida: se comprueba que da la salida que se espera de ella.
        var outputs = EngineCells.Run(_session, _notebook.Next(Kind)).Outputs;
        var expected = Kind switch
        {
            CellKind.Assignment => outputs.Count == 0,
            CellKind.Print => outputs is [StreamOutput { Name: "stdout" }],
            CellKind.Expression => outputs is [ResultOutput],
            CellKind.Display => outputs is [DisplayOutput],
            _ => false,
        };
        if (!expected)
            throw new InvalidOperationException(
                $"Una celda de clase {Kind} dio salidas inesperadas: {string.Join(" | ", outputs)}"
            );
    }

    [IterationSetup]
    public void NextCell() => _cell = _notebook.Next(Kind);

    [Benchmark(Description = "celda trivial en sesión caliente")]
    public CellResult Cell() => EngineCells.Run(_session, _cell);

    [GlobalCleanup]
    public void Cleanup() => EngineCells.Dispose(_session);
}
