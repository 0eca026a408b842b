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
        var failed = results.Count(r => !r.Succeeded);
        AnsiConsole.MarkupLine(
            failed == 0
                ? $"[green]{results.Count} cuadernos ejecutados sin errores.[/]"
                : $"[red]{failed} de {results.Count} cuadernos fallaron.[/]"
        );
    }
}
