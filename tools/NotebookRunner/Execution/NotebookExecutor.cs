using System.Diagnostics;
using JupyterProtocol;
using NotebookFormat;
using NotebookRunner.Images;

namespace NotebookRunner.Execution;

/// <summary>
/// Ejecuta un cuaderno de arriba abajo en su propio proceso de kernel, celda a celda por el protocolo de Jupyter (ver
/// <see cref="CellRunner"/>), y escribe la copia ejecutada. Un cuaderno que no se puede leer no se ejecuta ni se
/// escribe; uno sin celdas de código no necesita kernel. El fuente no se toca nunca, salvo que la salida sea el
/// propio fuente (<c>--in-place</c>); si se pide parar, no se escribe nada.
/// </summary>
public static class NotebookExecutor
{
    /// <summary>Avance: qué celda de código (de 1 a <paramref name="Total"/>) va a ejecutarse.</summary>
    public sealed record Progress(string Notebook, int Cell, int Total);

    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    /// <summary>Ejecuta <paramref name="sourcePath"/> con un kernel nuevo y escribe el resultado en <paramref name="outputPath"/>.</summary>
    public static Task<NotebookRunResult> RunAsync(
        string sourcePath,
        string outputPath,
        RunOptions options,
        Action<Progress>? onProgress = null,
        CancellationToken cancellationToken = default
    ) =>
        RunAsync(
            sourcePath,
            outputPath,
            options,
            () => KernelLauncher.StartAsync(sourcePath, options, cancellationToken),
            onProgress,
            cancellationToken
        );

    /// <summary>
    /// Como la otra sobrecarga, con el kernel que da <paramref name="startKernel"/> (quizá lanzado de antemano
    /// mientras se ejecutaba el cuaderno anterior). El kernel se apaga al terminar.
    /// </summary>
    public static async Task<NotebookRunResult> RunAsync(
        string sourcePath,
        string outputPath,
        RunOptions options,
        Func<Task<KernelProcess>> startKernel,
        Action<Progress>? onProgress,
        CancellationToken cancellationToken
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
            return Unreadable(sourcePath, watch, $"{exception.Message} No se ejecutó y el archivo no se tocó.");
        }

        var cells = notebook.CodeCells.Where(c => !string.IsNullOrWhiteSpace(c.Source)).ToList();
        var run = new NotebookRun(notebook, options, onProgress, cells.Count);
        if (cells.Count > 0)
        {
            KernelProcess kernel;
            try
            {
                kernel = await startKernel().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is InvalidOperationException or IOException)
            {
                return Unreadable(sourcePath, watch, $"No se pudo arrancar el kernel: {exception.Message}");
            }
            try
            {
                await run.ExecuteAsync(kernel, cells, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // Para seguir no hace falta esperar a que salga; si se pidió parar, sí: que no quede ningún kernel vivo.
                var shutdown = kernel.ShutdownAsync(ShutdownGrace);
                if (cancellationToken.IsCancellationRequested)
                    await shutdown.ConfigureAwait(false);
            }
        }
        if (run.Cancelled)
            return run.Result(sourcePath, null, watch.Elapsed);
        if (options.RenderImages)
            ChartPngs.Add(notebook, options.Log);
        notebook.Write(outputPath);
        return run.Result(sourcePath, outputPath, watch.Elapsed);
    }

    private static NotebookRunResult Unreadable(string sourcePath, Stopwatch watch, string message) =>
        new(sourcePath, null, 0, 0, watch.Elapsed, null, message);

    /// <summary>El estado de un cuaderno mientras se ejecutan sus celdas.</summary>
    private sealed class NotebookRun(Notebook notebook, RunOptions options, Action<Progress>? onProgress, int codeCells)
    {
        private readonly List<CellTiming> _timings = [];
        private readonly DisplayedOutputs _displays = new();
        private int _executed;
        private CellFailure? _failure;

        public bool Cancelled { get; private set; }

        public async Task ExecuteAsync(KernelProcess kernel, List<NotebookCell> cells, CancellationToken stop)
        {
            var kernelLost = false;
            foreach (var cell in cells)
            {
                if (kernelLost || Cancelled || (_failure is not null && !options.ContinueOnError))
                {
                    cell.SetExecution(null, []);
                    continue;
                }
                _executed++;
                onProgress?.Invoke(new Progress(notebook.Name, _executed, codeCells));
                var run = await CellRunner
                    .RunAsync(kernel, CodeForKernel(cell), options.CellTimeout, stop)
                    .ConfigureAwait(false);
                cell.SetExecution(run.ExecutionCount ?? _executed, run.Outputs);
                cell.SetExecutionTimes(run.Times);
                _displays.Add(cell, run);
                _timings.Add(new CellTiming(cell.Number, run.Duration));
                Cancelled |= run.End == CellEnd.Cancelled || stop.IsCancellationRequested;
                kernelLost |= run.KernelLost;
                if (run.End != CellEnd.Ok && _failure is null)
                    _failure = new CellFailure(cell.Number, run.Line, run.Message ?? "la celda falló");
            }
        }

        public NotebookRunResult Result(string sourcePath, string? outputPath, TimeSpan elapsed) =>
            new(sourcePath, outputPath, codeCells, _executed, elapsed, _failure, null)
            {
                Executed = outputPath is null ? null : notebook,
                Timings = _timings,
                Cancelled = Cancelled,
            };

        // Una celda que según sus metadatos es de otro kernel (F#, PowerShell...) va con su línea #! para que el
        // kernel la rechace con su mensaje.
        private static string CodeForKernel(NotebookCell cell) =>
            cell.Language != "csharp" && !cell.Source.TrimStart().StartsWith("#!", StringComparison.Ordinal)
                ? $"#!{cell.Language}\n{cell.Source}"
                : cell.Source;
    }
}
