using System.Diagnostics;
using System.Runtime.InteropServices;
using JupyterProtocol;
using NetMQ;
using NotebookEngine;
using NotebookEngine.Editing;
using NotebookKernel.Execution;
using NotebookKernel.History;
using NotebookKernel.Kernel;
using NotebookKernel.Packages;
using NotebookKernel.Transport;

namespace NotebookKernel;

/// <summary>Arranca el kernel con un fichero de conexión y lo mantiene vivo hasta que el cliente lo apaga.</summary>
internal static class KernelHost
{
    /// <summary>Atiende al cliente hasta un <c>shutdown_request</c>, SIGTERM o la muerte del proceso padre.</summary>
    public static int Run(string connectionFile)
    {
        var log = KernelLog.ToStandardError();
        var connection = ConnectionInfo.Load(connectionFile);
        var workingDirectory = Directory.GetCurrentDirectory();
        // Este kernel no pide entrada al cliente (input_request): Console.ReadLine() devuelve null en vez de quedarse
        // esperando para siempre en la entrada estándar del proceso, que nadie escribe.
        Console.SetIn(TextReader.Null);
        var stderr = Console.Error; // el motor redirige Console.Error a la celda; el registro del motor va aquí
        var batch = BatchRequested();
        var sessionOptions = new SessionOptions
        {
            WorkingDirectory = workingDirectory,
            PackageRules = HostPackageRules.For(
                HostPackageRules.TorchBackendFromEnvironment(),
                RuntimeInformation.RuntimeIdentifier
            ),
            RenderChartImages = ChartImagesRequested(),
            Log = stderr,
            // En Jupyter o VS Code, la primera celda que descarga TorchSharp (257 MB) o compila IntroNN cuenta su avance
            // en la propia celda; por lotes, el ejecutor lo lee del registro y no lo guarda en los cuadernos.
            ProgressInCell = !batch,
        };
        using (var sockets = new KernelSockets(connection, new MessageSigner(connection.Key), log))
        using (var editing = new EditingServices())
        // El ejecutor de cuadernos (por lotes) no consulta el historial: no se guarda.
        using (var history = batch ? null : new HistoryStore(HistoryLocation.Resolve(), log.Warning))
        using (
            var kernel = new JupyterKernel(
                sockets,
                () => new NotebookSessionExecutor(sessionOptions, CellTimeout(log)),
                editing,
                log,
                batch
            )
            {
                History = history,
            }
        )
        {
            kernel.Start();
            var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
            log.Info(
                $"escuchando en {connection.Ip} (shell {connection.ShellPort}) a los {sinceStart.TotalMilliseconds:F0} ms de arrancar; carpeta {workingDirectory}"
            );
            // Ctrl+C en la terminal del cliente (jupyter console) interrumpe la celda, como en IPython.
            using var sigint = PosixSignalRegistration.Create(
                PosixSignal.SIGINT,
                context =>
                {
                    context.Cancel = true;
                    kernel.Interrupt();
                }
            );
            using var sigterm = PosixSignalRegistration.Create(
                PosixSignal.SIGTERM,
                context =>
                {
                    context.Cancel = true;
                    kernel.Stop();
                }
            );
            WatchParentProcess(kernel, log);
            kernel.Stopped.Wait();
            log.Info("apagando");
        }
        NetMQConfig.Cleanup(block: false);
        return 0;
    }

    /// <summary>
    /// Variable de entorno que pide también la imagen PNG de cada gráfico (Chromium, 2-4 s por gráfico): útil al
    /// ejecutar cuadernos con nbconvert para GitHub; en VS Code y JupyterLab los gráficos se dibujan sin ella.
    /// </summary>
    public const string ChartImagesVariable = "NOTEBOOK_KERNEL_CHART_IMAGES";

    /// <summary>
    /// Variable de entorno que pone el kernel en modo por lotes (la pone el ejecutor de cuadernos): calienta el
    /// compilador al arrancar y no carga el editor.
    /// </summary>
    public const string BatchVariable = "NOTEBOOK_KERNEL_BATCH";

    /// <summary>
    /// Variable de entorno con el tiempo máximo, en segundos, del código de cada celda (la pone el ejecutor con
    /// <c>--timeout</c>): la celda se detiene como si se interrumpiera. Sin ella, no hay límite.
    /// </summary>
    public const string CellTimeoutVariable = "NOTEBOOK_CELL_TIMEOUT";

    private static TimeSpan? CellTimeout(KernelLog log)
    {
        var value = Environment.GetEnvironmentVariable(CellTimeoutVariable);
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (
            double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds > 0
            && double.IsFinite(seconds)
        )
            return TimeSpan.FromSeconds(seconds);
        log.Warning(
            $"{CellTimeoutVariable} debe ser un número de segundos mayor que 0, pero vale '{value}'; se ignora."
        );
        return null;
    }

    private static bool ChartImagesRequested() => IsSet(ChartImagesVariable);

    private static bool BatchRequested() => IsSet(BatchVariable);

    private static bool IsSet(string variable) =>
        Environment.GetEnvironmentVariable(variable) is "1" or "true" or "sí" or "si";

    // Como ipykernel: si el cliente que nos lanzó muere sin apagarnos (JPY_PARENT_PID), no quedamos huérfanos.
    private static void WatchParentProcess(JupyterKernel kernel, KernelLog log)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var parentId) || parentId <= 1)
            return;
        var thread = new Thread(() =>
        {
            while (!kernel.Stopped.IsCompleted)
            {
                if (!IsAlive(parentId))
                {
                    log.Warning($"el proceso padre {parentId} terminó; el kernel se apaga");
                    kernel.Stop();
                    return;
                }
                Thread.Sleep(TimeSpan.FromSeconds(1));
            }
        })
        {
            IsBackground = true,
            Name = "vigilancia del padre",
        };
        thread.Start();
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
