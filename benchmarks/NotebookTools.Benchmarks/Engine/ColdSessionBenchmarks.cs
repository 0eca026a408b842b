using BenchmarkDotNet.Attributes;
using NotebookEngine;

namespace NotebookTools.Benchmarks.Engine;

/// <summary>
/// La primera celda de una sesión nueva en un proceso nuevo (JIT de Roslyn y del motor incluidos): crear la sesión y
/// ejecutar <c>var a1 = 1; Console.WriteLine(a1);</c>. Cada medida es un proceso distinto. Objetivo del issue 3:
/// por debajo de 3 s.
/// </summary>
[Config(typeof(ColdStartConfig))]
public class ColdSessionBenchmarks
{
    [Benchmark(Description = "primera celda, proceso nuevo")]
    public CellResult FirstCell()
    {
        var session = EngineCells.NewSession();
        try
        {
            return EngineCells.Run(session, "var a1 = 1;\nConsole.WriteLine(a1);");
        }
        finally
        {
            EngineCells.Dispose(session);
        }
    }
}
