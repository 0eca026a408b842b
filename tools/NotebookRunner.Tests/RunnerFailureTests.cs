using System.Text.Json.Nodes;

namespace NotebookRunner.Tests;

/// <summary>
/// Las clases de fallo del issue 13 con el ejecutor de verdad (un proceso), sobre cuadernos hostiles: una celda que
/// mata su proceso, las formas de dar vueltas, la que no se puede parar y un cuaderno mal formado, todos en la misma
/// ejecución con --timeout 3 y --continue-on-error. Cada prueba mira lo que ve quien lo usa: el mensaje, el código
/// de salida, qué salidas existen y que ningún fuente cambió.
/// </summary>
public sealed class RunnerFailureTests(RunnerFailureTests.Fixture run) : IClassFixture<RunnerFailureTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public HostileRun Run { get; } =
            new HostileRun(
                "bien.ipynb",
                "muere-con-exit.ipynb",
                "muere-sin-pila.ipynb",
                "muere-por-senal.ipynb",
                "no-para.ipynb",
                "vueltas.ipynb",
                "campo-raro.ipynb"
            ).Run("--timeout", "3", "--continue-on-error", "-q");

        public void Dispose() => Run.Dispose();
    }

    private HostileRun Run => run.Run;

    [Theory]
    [InlineData("muere-con-exit", "código 3")]
    [InlineData("muere-sin-pila", "desbordamiento de pila")]
    [InlineData("muere-por-senal", "SIGKILL")]
    public void A_cell_that_ends_its_process_costs_only_its_notebook(string name, string how)
    {
        Assert.Contains($"Falló {name}.ipynb, celda 3: El proceso del kernel terminó durante la celda", Run.Log);
        Assert.Contains(how, Run.Log);
        var cells = Run.CodeCells(name + ".ipynb");
        Assert.Contains("antes", HostileRun.OutputText(cells[0])); // lo de antes se escribió
        Assert.Contains("KernelDied", HostileRun.OutputText(cells[1]));
        Assert.Null(cells[2]["execution_count"]?.GetValue<int?>()); // lo de después no se ejecutó
        Assert.True(File.Exists(Path.Combine(Run.Output, "html", name + ".html")));
    }

    [Fact]
    public void The_others_run_the_summary_and_the_book_are_written_and_the_exit_code_says_it_failed()
    {
        Assert.Equal(1, Run.ExitCode);
        Assert.Contains("Resumen", Run.Log);
        Assert.Contains("42", HostileRun.OutputText(Run.CodeCells("bien.ipynb")[0]));
        Assert.True(File.Exists(Path.Combine(Run.Output, "html", "index.html")));
        Run.AssertSourcesUntouched();
    }

    [Fact]
    public void Goto_slow_recursion_and_iterators_consumed_by_linq_are_stopped_and_the_notebook_goes_on()
    {
        var cells = Run.CodeCells("vueltas.ipynb");

        foreach (var cell in cells.Take(3))
            Assert.Contains("superó el tiempo máximo de 3 s y se detuvo", HostileRun.OutputText(cell));
        Assert.Contains("sigue viva", HostileRun.OutputText(cells[3]));
    }

    [Fact]
    public void A_cell_that_cannot_be_stopped_ends_its_process_and_says_so()
    {
        Assert.True(Run.Log.Contains("Falló no-para.ipynb, celda 3", StringComparison.Ordinal), Run.Log);
        Assert.True(Run.Log.Contains("el ejecutor terminó su proceso", StringComparison.Ordinal), Run.Log);
        var cells = Run.CodeCells("no-para.ipynb");
        Assert.Contains("CellStopped", HostileRun.OutputText(cells[1]));
        Assert.Null(cells[2]["execution_count"]?.GetValue<int?>());
    }

    [Fact]
    public void A_malformed_notebook_is_named_with_its_field_and_nothing_of_it_is_written()
    {
        Assert.Contains(
            "El cuaderno 'campo-raro.ipynb' no es válido: \"nbformat\" debe ser un número entero, pero es el texto \"4\".",
            Run.Log
        );
        Assert.False(File.Exists(Path.Combine(Run.Output, "notebooks", "campo-raro.ipynb")));
    }
}
