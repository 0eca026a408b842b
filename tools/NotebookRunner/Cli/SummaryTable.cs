using NotebookRunner.Execution;
using Spectre.Console;

namespace NotebookRunner.Cli;

/// <summary>La tabla final: cuaderno, celdas, segundos y estado.</summary>
public static class SummaryTable
{
    /// <summary>Imprime la tabla en la consola.</summary>
    public static void Print(IReadOnlyList<NotebookRunResult> results)
    {
        var table = new Table()
            .Title("Resumen")
            .AddColumn("Cuaderno")
            .AddColumn(new TableColumn("Celdas").RightAligned())
            .AddColumn(new TableColumn("Segundos").RightAligned())
            .AddColumn("Estado");
        foreach (var result in results)
        {
            var status = result switch
            {
                { ReadError: not null } => "[red]no se pudo leer[/]",
                { Cancelled: true } => "[yellow]interrumpido[/]",
                { Failure: { Line: { } line } failure } => $"[red]falló: celda {failure.CellNumber}, línea {line}[/]",
                { Failure: { } failure } => $"[red]falló: celda {failure.CellNumber}[/]",
                _ => "[green]bien[/]",
            };
            table.AddRow(
                Markup.Escape(result.Name),
                $"{result.ExecutedCells}/{result.CodeCells}",
                result.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
                status
            );
        }
        AnsiConsole.Write(table);
        PrintSlowestCells(results);
        var failed = results.Count(r => !r.Succeeded);
        AnsiConsole.MarkupLine(
            failed == 0
                ? $"[green]{results.Count} cuadernos ejecutados sin errores.[/]"
                : $"[red]{failed} de {results.Count} cuadernos fallaron.[/]"
        );
    }

    /// <summary>Cuántas de las celdas más lentas se nombran tras la tabla.</summary>
    public const int SlowestShown = 5;

    // Las celdas que más tardaron, según los instantes del kernel (metadata.execution), para saber qué acelerar.
    private static void PrintSlowestCells(IReadOnlyList<NotebookRunResult> results)
    {
        var slowest = results
            .SelectMany(r => r.Timings.Select(t => (r.Name, t.CellNumber, t.Duration)))
            .OrderByDescending(t => t.Duration)
            .Take(SlowestShown)
            .ToList();
        if (slowest.Count == 0)
            return;
        AnsiConsole.MarkupLine("Celdas más lentas:");
        foreach (var (name, cell, duration) in slowest)
            AnsiConsole.MarkupLineInterpolated(
                $"  {name}, celda {cell}: {duration.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s"
            );
    }
}
