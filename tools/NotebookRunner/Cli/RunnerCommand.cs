using System.CommandLine;
using NotebookBook;
using NotebookEngine;
using NotebookFormat;
using NotebookRunner.Execution;
using NotebookRunner.Images;
using Spectre.Console;

namespace NotebookRunner.Cli;

/// <summary>La orden <c>NotebookRunner cuadernos...</c>: opciones, ejecución, progreso y tabla final.</summary>
public static class RunnerCommand
{
    /// <summary>Construye la orden raíz con la ayuda en español.</summary>
    public static RootCommand Build()
    {
        var paths = new Argument<string[]>("cuadernos")
        {
            Description = "Cuadernos .ipynb o carpetas que los contienen (se recorren enteras).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description =
                "Carpeta de salida, relativa a la actual: NOMBRE.ipynb ejecutados en notebooks/ y el libro en html/.",
            DefaultValueFactory = _ => "out",
            HelpName = "carpeta",
        };
        var timeout = new Option<double?>("--timeout", "-t")
        {
            Description = "Segundos máximos por celda; una celda que los supera se detiene y cuenta como fallo.",
            HelpName = "segundos",
        };
        var continueOnError = new Option<bool>("--continue-on-error")
        {
            Description = "Después de una celda con error, seguir ejecutando las siguientes del mismo cuaderno.",
        };
        var filter = new Option<string[]>("--filter", "-f")
        {
            Description = "Ejecutar solo los cuadernos cuyo nombre contenga este texto (se puede repetir).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "texto",
        };
        var backend = new Option<string>("--torch-backend")
        {
            Description =
                $"Backend de TorchSharp para '#r \"nuget: TorchSharp-cpu\"': cpu, cuda o auto. Por defecto ${SessionOptions.TorchBackendVariable}, o cpu.",
        };
        backend.AcceptOnlyFromAmong("cpu", "cuda", "auto");
        var inPlace = new Option<bool>("--in-place")
        {
            Description =
                "Escribir las salidas en los cuadernos fuente en vez de en <out>/notebooks (la única forma de modificarlos).",
        };
        var noImages = new Option<bool>("--no-images")
        {
            Description = "No generar imágenes PNG de los gráficos (más rápido; GitHub no mostrará los gráficos).",
        };
        var images = new Option<string?>("--images")
        {
            HelpName = "carpeta",
            Description =
                "Carpeta donde guardar como PNG los gráficos de las celdas etiquetadas «imagen:NOMBRE» (así se hacen las imágenes del README: --images images).",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No mostrar los mensajes del motor (restauraciones NuGet, compilaciones).",
        };

        var root = new RootCommand(
            "Ejecuta cuadernos C# de Polyglot (.ipynb) de arriba abajo, cada uno en una sesión nueva, y escribe las "
                + "copias ejecutadas en <out>/notebooks y el libro HTML en <out>/html. Los cuadernos fuente no se modifican "
                + "salvo con --in-place. Devuelve 1 si algún cuaderno falla."
        )
        {
            paths,
            output,
            timeout,
            continueOnError,
            filter,
            backend,
            inPlace,
            noImages,
            images,
            quiet,
        };
        root.SetAction(
            async (parse, cancellationToken) =>
            {
                System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
                // Rutas absolutas antes de ejecutar nada: las celdas cambian la carpeta actual a la de su cuaderno.
                var outputDirectory = Path.GetFullPath(parse.GetValue(output)!);
                var imageDirectory = parse.GetValue(images) is { } imagesPath ? Path.GetFullPath(imagesPath) : null;
                var options = new RunOptions
                {
                    CellTimeout = parse.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                    ContinueOnError = parse.GetValue(continueOnError),
                    TorchBackend = parse.GetValue(backend) is { } name
                        ? SessionOptions.ParseTorchBackend(name, "--torch-backend")
                        : SessionOptions.TorchBackendFromEnvironment(),
                    RenderImages = !parse.GetValue(noImages),
                    Log = parse.GetValue(quiet) ? null : new MarkupLog(),
                };
                IReadOnlyList<string> notebooks;
                try
                {
                    notebooks = NotebookDiscovery.Find(
                        parse.GetValue(paths)!,
                        parse.GetValue(filter) ?? [],
                        outputDirectory
                    );
                }
                catch (FileNotFoundException exception)
                {
                    AnsiConsole.MarkupLineInterpolated($"[red]{exception.Message}[/]");
                    return 2;
                }
                if (notebooks.Count == 0)
                {
                    AnsiConsole.MarkupLine("[yellow]No hay cuadernos que ejecutar (revisa las rutas y --filter).[/]");
                    return 2;
                }
                var results = await RunAllAsync(
                    notebooks,
                    outputDirectory,
                    parse.GetValue(inPlace),
                    options,
                    cancellationToken
                );
                SummaryTable.Print(results);
                var bookWritten = WriteBook(results, Path.Combine(outputDirectory, "html"));
                var imagesWritten = imageDirectory is null || ExportImages(results, imageDirectory);
                return results.All(r => r.Succeeded) && bookWritten && imagesWritten ? 0 : 1;
            }
        );
        return root;
    }

    private static async Task<List<NotebookRunResult>> RunAllAsync(
        IReadOnlyList<string> notebooks,
        string outputDirectory,
        bool inPlace,
        RunOptions options,
        CancellationToken cancellationToken
    )
    {
        var results = new List<NotebookRunResult>();
        for (var i = 0; i < notebooks.Count; i++)
        {
            var source = notebooks[i];
            var target = inPlace ? source : Path.Combine(outputDirectory, "notebooks", Path.GetFileName(source));
            var label = $"[{i + 1}/{notebooks.Count}] {Path.GetFileNameWithoutExtension(source)}";
            AnsiConsole.MarkupLineInterpolated($"[bold]{label}[/]");
            var result = await NotebookExecutor.RunAsync(
                source,
                target,
                options,
                progress => AnsiConsole.MarkupLineInterpolated($"  [grey]celda {progress.Cell} de {progress.Total}[/]"),
                cancellationToken
            );
            if (result.ReadError is { } readError)
                AnsiConsole.MarkupLineInterpolated($"  [red]{readError}[/]");
            else if (result.Failure is { } failure)
                AnsiConsole.MarkupLineInterpolated($"  [red]Falló {Path.GetFileName(source)}, {failure}[/]");
            results.Add(result);
        }
        return results;
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

    // Los mensajes del motor (restauraciones, compilaciones) en gris, escapados para Spectre.
    private sealed class MarkupLog : StringWriter
    {
        public override void WriteLine(string? value) => AnsiConsole.MarkupLineInterpolated($"  [grey]{value}[/]");
    }
}
