using JupyterProtocol;
using NotebookFormat;

namespace NotebookRunner.Execution;

/// <summary>
/// Ejecuta una lista de cuadernos, cada uno en su kernel, hasta <see cref="RunOptions.Parallelism"/> a la vez y en
/// orden de salida. El kernel de cada cuaderno se lanza cuando empieza el anterior: así su arranque (proceso,
/// compilador de Roslyn, unos 1,5 s) ocurre mientras el anterior se ejecuta, en vez de sumarse.
/// </summary>
public static class NotebookQueue
{
    /// <summary>Un cuaderno y dónde escribir su copia ejecutada.</summary>
    public sealed record Job(string SourcePath, string OutputPath);

    /// <summary>
    /// Ejecuta <paramref name="jobs"/>. <paramref name="onFinished"/> recibe cada resultado al terminar (con su
    /// posición en la lista). Si se cancela <paramref name="cancellationToken"/>, la celda en marcha se interrumpe, no se
    /// empiezan más cuadernos y se devuelve lo que se ejecutó, en orden.
    /// </summary>
    public static async Task<IReadOnlyList<NotebookRunResult>> RunAsync(
        IReadOnlyList<Job> jobs,
        RunOptions options,
        Action<int, NotebookRunResult>? onFinished = null,
        Action<NotebookExecutor.Progress>? onProgress = null,
        CancellationToken cancellationToken = default
    )
    {
        var kernels = new EarlyKernels(jobs, options, cancellationToken);
        var results = new NotebookRunResult?[jobs.Count];
        using var slots = new SemaphoreSlim(Math.Max(1, options.Parallelism));
        var running = new List<Task>();
        try
        {
            for (var i = 0; i < jobs.Count; i++)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var index = i;
                kernels.StartEarly(index + 1);
                running.Add(
                    Task.Run(
                        async () =>
                        {
                            try
                            {
                                var result = await NotebookExecutor
                                    .RunAsync(
                                        jobs[index].SourcePath,
                                        jobs[index].OutputPath,
                                        options,
                                        () => kernels.Take(index),
                                        onProgress,
                                        cancellationToken
                                    )
                                    .ConfigureAwait(false);
                                results[index] = result;
                                onFinished?.Invoke(index, result);
                            }
                            finally
                            {
                                slots.Release();
                            }
                        },
                        CancellationToken.None
                    )
                );
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // No se empiezan más cuadernos; los que están en marcha se paran solos.
        }
        await Task.WhenAll(running).ConfigureAwait(false);
        await kernels.CloseAllAsync().ConfigureAwait(false);
        return results.OfType<NotebookRunResult>().ToList();
    }

    /// <summary>Los kernels lanzados de antemano, uno por cuaderno que los necesita.</summary>
    private sealed class EarlyKernels(IReadOnlyList<Job> jobs, RunOptions options, CancellationToken cancellationToken)
    {
        private readonly Task<KernelProcess>?[] _started = new Task<KernelProcess>?[jobs.Count];
        private readonly bool[] _taken = new bool[jobs.Count];

        /// <summary>Lanza ya el kernel del cuaderno <paramref name="index"/>, si existe, se puede leer y tiene código.</summary>
        public void StartEarly(int index)
        {
            lock (_started)
            {
                if (index >= jobs.Count || _started[index] is not null || !NeedsKernel(jobs[index].SourcePath))
                    return;
                _started[index] = KernelLauncher.StartAsync(jobs[index].SourcePath, options, cancellationToken);
            }
        }

        /// <summary>El kernel del cuaderno <paramref name="index"/>: el lanzado de antemano o uno nuevo.</summary>
        public Task<KernelProcess> Take(int index)
        {
            lock (_started)
            {
                _taken[index] = true;
                return _started[index] ??= KernelLauncher.StartAsync(
                    jobs[index].SourcePath,
                    options,
                    cancellationToken
                );
            }
        }

        /// <summary>
        /// Apaga los que se lanzaron y no llegaron a usarse (se canceló la ejecución) y espera a que se cierren los
        /// usados, cuyo apagado sigue en marcha: al volver, no queda ningún kernel ni hilo de NetMQ vivo.
        /// </summary>
        public async Task CloseAllAsync()
        {
            for (var i = 0; i < jobs.Count; i++)
            {
                if (_started[i] is not { } start)
                    continue;
                try
                {
                    var kernel = await start.ConfigureAwait(false);
                    if (_taken[i])
                        await kernel.Closed.ConfigureAwait(false);
                    else
                        await kernel.DisposeAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or IOException)
                {
                    // No llegó a arrancar: nada que apagar.
                }
            }
        }

        private static bool NeedsKernel(string path)
        {
            try
            {
                return Notebook.Read(path).CodeCells.Any(c => !string.IsNullOrWhiteSpace(c.Source));
            }
            catch (Exception e) when (e is NotebookFormatException or IOException or UnauthorizedAccessException)
            {
                return false; // el ejecutor lo dirá cuando le toque
            }
        }
    }
}
