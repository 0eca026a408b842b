using JupyterProtocol;

namespace NotebookRunner.Execution;

/// <summary>
/// Lanza nuestro kernel (<c>NotebookKernel.dll</c>, que se compila junto al ejecutor) para un cuaderno: en la carpeta
/// del cuaderno, con el backend de TorchSharp, las imágenes y la caché pedidas como variables de entorno (lo que haría
/// el <c>env</c> de un kernelspec), y espera a que atienda.
/// </summary>
public static class KernelLauncher
{
    /// <summary>Cuánto puede tardar un kernel en atender su primer <c>kernel_info_request</c>.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly string KernelAssembly = Path.Combine(AppContext.BaseDirectory, "NotebookKernel.dll");

    /// <summary>Lanza el kernel del cuaderno <paramref name="notebookPath"/> y espera a que esté listo.</summary>
    /// <exception cref="InvalidOperationException">Si no arranca o no responde a tiempo; el mensaje dice por qué.</exception>
    public static async Task<KernelProcess> StartAsync(
        string notebookPath,
        RunOptions options,
        CancellationToken cancellationToken
    )
    {
        var environment = new Dictionary<string, string>
        {
            // Modo por lotes: calienta el compilador al arrancar y no el editor (nadie va a pedir completado).
            ["NOTEBOOK_KERNEL_BATCH"] = "1",
            // Las imágenes de los gráficos las añade el ejecutor con un solo Chromium (ver ChartPngs).
            ["NOTEBOOK_KERNEL_CHART_IMAGES"] = "0",
        };
        if (options.TorchBackend is { } backend)
            environment["NOTEBOOK_TORCH_BACKEND"] = backend;
        if (options.CellTimeout is { } timeout)
            environment["NOTEBOOK_CELL_TIMEOUT"] = timeout.TotalSeconds.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            );
        if (options.PackageCacheDirectory is { } cache)
            environment["NOTEBOOK_CACHE_DIR"] = cache;
        var kernel = KernelProcess.Start(
            KernelProcess.DotnetKernelCommand(KernelAssembly),
            Path.GetDirectoryName(Path.GetFullPath(notebookPath))!,
            environment,
            line => ForwardLog(Path.GetFileNameWithoutExtension(notebookPath), line, options.Log)
        );
        try
        {
            var ready = kernel.Client.WaitForReadyAsync(StartTimeout, cancellationToken);
            if (await Task.WhenAny(ready, kernel.Exited).ConfigureAwait(false) == kernel.Exited)
                throw new InvalidOperationException(
                    $"el kernel terminó al arrancar: {ProcessEnd.Describe(await kernel.Exited, kernel.LastLines())}"
                );
            await ready.ConfigureAwait(false);
            return kernel;
        }
        catch (TimeoutException e)
        {
            await kernel.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"el kernel no atendió a tiempo ({e.Message})", e);
        }
        catch
        {
            await kernel.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // El registro propio del kernel («[kernel C# …] …») no interesa aquí; lo que escribe el motor (restauraciones,
    // compilaciones) y los avisos, sí.
    private static void ForwardLog(string notebook, string line, Action<string>? log)
    {
        if (log is null || line.Length == 0)
            return;
        if (
            line.StartsWith("[kernel C# ", StringComparison.Ordinal)
            && !line.Contains(" aviso] ", StringComparison.Ordinal)
        )
            return;
        log($"{notebook}: {line}");
    }
}
