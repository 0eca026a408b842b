using System.Diagnostics;
using NotebookEngine;
using NotebookFormat;

namespace NotebookRunner.Execution;

/// <summary>
/// Ejecuta un cuaderno de arriba abajo en una sesión nueva del motor y escribe la copia ejecutada. Un cuaderno que no
/// se puede leer no se ejecuta ni se escribe (y el fuente no se toca nunca, salvo que la salida sea el propio fuente).
/// </summary>
public static class NotebookExecutor
{
    /// <summary>Avance: qué celda de código (de 1 a <paramref name="Total"/>) va a ejecutarse.</summary>
    public sealed record Progress(string Notebook, int Cell, int Total);

    /// <summary>Ejecuta <paramref name="sourcePath"/> y escribe el resultado en <paramref name="outputPath"/>.</summary>
    public static async Task<NotebookRunResult> RunAsync(
        string sourcePath,
        string outputPath,
        RunOptions options,
        Action<Progress>? onProgress = null,
        CancellationToken cancellationToken = default
    )
    {
        var watch = Stopwatch.StartNew();
        Notebook notebook;
        try
        {
            notebook = Notebook.Read(sourcePath);
        }
        catch (Exception exception)
            when (exception is NotebookFormatException or IOException or UnauthorizedAccessException)
        {
            return new NotebookRunResult(
                sourcePath,
                null,
                0,
                0,
                watch.Elapsed,
                null,
                $"{exception.Message} No se ejecutó y el archivo no se tocó."
            );
        }

        var sessionOptions = new SessionOptions
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(sourcePath))!,
            TorchBackend = options.TorchBackend,
            RenderChartImages = options.RenderImages,
            Log = options.Log,
        };
        if (options.PackageCacheDirectory is { } cache)
            sessionOptions = sessionOptions with { PackageCacheDirectory = cache };

        var codeCells = notebook.CodeCells.Count();
        var executed = 0;
        CellFailure? failure = null;
        await using (var session = NotebookSession.Create(sessionOptions))
        {
            foreach (var cell in notebook.CodeCells)
            {
                if (failure is not null && !options.ContinueOnError)
                {
                    cell.SetExecution(null, []);
                    continue;
                }
                executed++;
                onProgress?.Invoke(new Progress(Path.GetFileNameWithoutExtension(sourcePath), executed, codeCells));
                var result = await session
                    .ExecuteAsync(CodeForEngine(cell), onOutput: null, options.CellTimeout, cancellationToken)
                    .ConfigureAwait(false);
                var outputs = result.Outputs;
                cell.SetExecution(executed, outputs.Select(o => OutputConverter.ToNotebook(o, executed)).ToList());
                if (!result.Succeeded && failure is null)
                {
                    var error = outputs.OfType<NotebookEngine.ErrorOutput>().FirstOrDefault();
                    failure = new CellFailure(cell.Number, error?.Line, error?.Message ?? "la celda falló");
                }
            }
        }
        notebook.Write(outputPath);
        return new NotebookRunResult(sourcePath, outputPath, codeCells, executed, watch.Elapsed, failure, null)
        {
            Executed = notebook,
        };
    }

    // Una celda que según sus metadatos es de otro kernel (F#, PowerShell...) va con su línea #! para que el motor
    // la rechace con su mensaje.
    private static string CodeForEngine(NotebookCell cell) =>
        cell.Language != "csharp" && !cell.Source.TrimStart().StartsWith("#!", StringComparison.Ordinal)
            ? $"#!{cell.Language}\n{cell.Source}"
            : cell.Source;
}
