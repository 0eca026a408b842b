using System.CommandLine;
using NotebookBook;
using NotebookFormat;
using NotebookKernel.Packages;
using NotebookRunner.Execution;
using NotebookRunner.Images;
using Spectre.Console;

namespace NotebookRunner.Cli;

/// <summary>La orden <c>NotebookRunner cuadernos...</c>: opciones, ejecución, progreso y tabla final.</summary>
public static class RunnerCommand
{
    /// <summary>Código de salida de una ejecución interrumpida (Ctrl+C, SIGTERM), como el de una terminal: 128 + SIGINT.</summary>
    public const int InterruptedExitCode = 130;

    /// <summary>
    /// Construye la orden raíz con la ayuda en español. <paramref name="stop"/> se cancela al pedir parar (Ctrl+C,
    /// SIGTERM; ver Program.cs): la celda en marcha se interrumpe, no se escribe nada a medias y se sale con 130.
    /// </summary>
    public static RootCommand Build(CancellationToken stop = default)
    {
        var options = new RunnerOptions();
        var root = options.Command();
        root.SetAction(
            async (parse, cancellationToken) =>
            {
                using var both = CancellationTokenSource.CreateLinkedTokenSource(stop, cancellationToken);
                return await RunAsync(options, parse, both.Token).ConfigureAwait(false);
            }
        );
        return root;
    }

    private static async Task<int> RunAsync(
        RunnerOptions options,
        ParseResult parse,
        CancellationToken cancellationToken
    )
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
        // Rutas absolutas antes de nada: los mensajes y los kernels no dependen de la carpeta actual.
        var outputDirectory = Path.GetFullPath(parse.GetValue(options.Output)!);
        var imageDirectory = parse.GetValue(options.Images) is { } imagesPath ? Path.GetFullPath(imagesPath) : null;
        var inPlace = parse.GetValue(options.InPlace);
        if (TorchBackendError(parse.GetValue(options.TorchBackend)) is { } backendError)
            return Refuse(backendError);
        var (notebooks, problem) = FindNotebooks(options, parse, outputDirectory, imageDirectory, inPlace);
        if (problem is not null)
            return Refuse(problem);

        var run = ReadRunOptions(options, parse);
        var jobs = notebooks
            .Select(source => new NotebookQueue.Job(
                source,
                inPlace ? source : Path.Combine(outputDirectory, "notebooks", Path.GetFileName(source))
            ))
            .ToList();
        var results = await NotebookQueue
            .RunAsync(
                jobs,
                run,
                (index, result) => Report(index, notebooks.Count, result),
                run.Parallelism > 1 || run.Log is null ? null : ShowProgress,
                cancellationToken
            )
            .ConfigureAwait(false);
        SummaryTable.Print(results);
        if (cancellationToken.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine(
                "[yellow]Ejecución interrumpida: arriba está lo que llegó a ejecutarse. El cuaderno que estaba en marcha "
                    + "no se escribió y ningún cuaderno fuente se tocó; no se escribió el libro.[/]"
            );
            return InterruptedExitCode;
        }
        var bookWritten = WriteBook(results, Path.Combine(outputDirectory, "html"));
        var imagesWritten = imageDirectory is null || ExportImages(results, imageDirectory);
        return results.All(r => r.Succeeded) && bookWritten && imagesWritten ? 0 : 1;
    }

    private static RunOptions ReadRunOptions(RunnerOptions options, ParseResult parse) =>
        new()
        {
            CellTimeout = parse.GetValue(options.Timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            ContinueOnError = parse.GetValue(options.ContinueOnError),
            TorchBackend = parse.GetValue(options.TorchBackend),
            RenderImages = !parse.GetValue(options.NoImages),
            Parallelism = parse.GetValue(options.Parallel),
            Log = parse.GetValue(options.Quiet)
                ? null
                : line => AnsiConsole.MarkupLineInterpolated($"  [grey]{line}[/]"),
        };

    // Los cuadernos a ejecutar y, si algo impide empezar (rutas, nombres repetidos, carpetas de salida), por qué.
    private static (IReadOnlyList<string> Notebooks, string? Problem) FindNotebooks(
        RunnerOptions options,
        ParseResult parse,
        string outputDirectory,
        string? imageDirectory,
        bool inPlace
    )
    {
        IReadOnlyList<string> notebooks;
        try
        {
            notebooks = NotebookDiscovery.Find(
                parse.GetValue(options.Paths)!,
                parse.GetValue(options.Filter) ?? [],
                outputDirectory
            );
        }
        catch (FileNotFoundException exception)
        {
            return ([], exception.Message);
        }
        if (notebooks.Count == 0)
            return ([], "No hay cuadernos que ejecutar (revisa las rutas y --filter).");
        var problem =
            PreflightChecks.DuplicateNames(notebooks)
            ?? PreflightChecks.UnwritableDirectory(Path.Combine(outputDirectory, "html"), "--out")
            ?? (
                inPlace
                    ? null
                    : PreflightChecks.UnwritableDirectory(Path.Combine(outputDirectory, "notebooks"), "--out")
            )
            ?? (imageDirectory is null ? null : PreflightChecks.UnwritableDirectory(imageDirectory, "--images"));
        return (notebooks, problem);
    }

    private static int Refuse(string message)
    {
        AnsiConsole.MarkupLineInterpolated($"[red]{message}[/]");
        return 2;
    }

    // Una variable de entorno con un valor que el kernel no entendería se dice ahora, no en cada cuaderno.
    private static string? TorchBackendError(string? fromOption)
    {
        if (fromOption is not null)
            return null; // System.CommandLine ya solo acepta cpu, cuda o auto
        try
        {
            HostPackageRules.TorchBackendFromEnvironment();
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }

    private static void ShowProgress(NotebookExecutor.Progress progress) =>
        AnsiConsole.MarkupLineInterpolated(
            $"  [grey]{progress.Notebook}: celda {progress.Cell} de {progress.Total}[/]"
        );

    private static void Report(int index, int count, NotebookRunResult result)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold][[{index + 1}/{count}]] {result.Name}[/]");
        if (result.ReadError is { } readError)
            AnsiConsole.MarkupLineInterpolated($"  [red]{readError}[/]");
        else if (result.Failure is { } failure)
            AnsiConsole.MarkupLineInterpolated($"  [red]Falló {Path.GetFileName(result.SourcePath)}, {failure}[/]");
    }

    // El libro HTML con todos los cuadernos ejecutados (en memoria, sin releerlos), también los que fallaron: sus
    // errores se ven en la página. Las imágenes relativas se buscan junto a cada cuaderno fuente.
    private static bool WriteBook(IReadOnlyList<NotebookRunResult> results, string htmlDirectory)
    {
        var executed = results.Select(r => r.Executed).OfType<Notebook>().ToList();
        if (executed.Count == 0)
            return true;
        try
        {
            var book = BookWriter.Write(executed, htmlDirectory);
            foreach (var warning in book.Warnings)
                AnsiConsole.MarkupLineInterpolated($"[yellow]{warning}[/]");
            AnsiConsole.MarkupLineInterpolated($"Libro HTML: [link]{book.IndexPath}[/]");
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No se pudo escribir el libro HTML: {exception.Message}[/]");
            return false;
        }
    }

    // Los PNG de las celdas etiquetadas «imagen:NOMBRE» de cada cuaderno ejecutado.
    private static bool ExportImages(IReadOnlyList<NotebookRunResult> results, string directory)
    {
        var ok = true;
        foreach (var result in results.Where(r => r.Executed is not null))
        {
            try
            {
                var (written, warnings) = TaggedImages.Export(result.Executed!, directory);
                foreach (var path in written)
                    AnsiConsole.MarkupLineInterpolated($"Imagen: {path}");
                foreach (var warning in warnings)
                    AnsiConsole.MarkupLineInterpolated($"[yellow]{warning}[/]");
                ok &= warnings.Count == 0;
            }
            catch (Exception exception)
                when (exception is ArgumentException or IOException or UnauthorizedAccessException or FormatException)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"[red]No se pudieron guardar las imágenes de {result.Name}: {exception.Message}[/]"
                );
                ok = false;
            }
        }
        return ok;
    }
}
