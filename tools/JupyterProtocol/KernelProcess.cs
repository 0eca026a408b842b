using System.Diagnostics;
using System.Text.Json.Nodes;

namespace JupyterProtocol;

/// <summary>
/// Un kernel lanzado como proceso hijo, como lo lanza <c>jupyter_client</c> a partir de un kernelspec: un fichero de
/// conexión nuevo (puertos libres y clave), la orden con <c>{connection_file}</c> sustituido, <c>JPY_PARENT_PID</c>
/// para que no quede huérfano, y un <see cref="KernelClient"/> ya conectado. Guarda las últimas líneas que el proceso
/// escribe (su registro), para explicar por qué terminó si muere.
/// </summary>
public sealed class KernelProcess : IAsyncDisposable
{
    private const int RememberedLines = 40;

    private readonly Process _process;
    private readonly string _folder;
    private readonly Queue<string> _lastLines = new();
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private KernelProcess(Process process, string folder, ConnectionInfo connection, Action<string>? onOutputLine)
    {
        _process = process;
        _folder = folder;
        Connection = connection;
        Client = new KernelClient(connection, "ejecutor");
        process.ErrorDataReceived += (_, e) => Remember(e.Data, onOutputLine);
        process.OutputDataReceived += (_, e) => Remember(e.Data, onOutputLine);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        // WaitForExitAsync espera también a leer hasta el final de su salida: las últimas líneas (p. ej. «Stack
        // overflow.») ya están guardadas cuando Exited se completa.
        _ = process
            .WaitForExitAsync()
            .ContinueWith(_ => _exited.TrySetResult(SafeExitCode(process)), TaskScheduler.Default);
    }

    /// <summary>Puertos y clave de este kernel.</summary>
    public ConnectionInfo Connection { get; }

    /// <summary>El cliente conectado a sus sockets.</summary>
    public KernelClient Client { get; }

    /// <summary>El identificador del proceso.</summary>
    public int ProcessId => _process.Id;

    /// <summary>
    /// Se completa con el código de salida cuando el proceso termina (por lo que sea). En Linux, un proceso que muere
    /// por una señal N da 128 + N (134: SIGABRT, 137: SIGKILL, 139: SIGSEGV).
    /// </summary>
    public Task<int> Exited => _exited.Task;

    /// <summary>
    /// Se completa cuando <see cref="DisposeAsync"/> ha cerrado el proceso y el cliente (también si lo llamó un
    /// <see cref="ShutdownAsync"/> que nadie esperó): antes de salir del programa hay que esperarlo, porque el hilo
    /// del cliente no puede seguir vivo cuando se apaga NetMQ.
    /// </summary>
    public Task Closed => _closed.Task;

    /// <summary>
    /// Lanza el kernel. <paramref name="argv"/> es la orden del kernelspec, con <c>{connection_file}</c> donde va la
    /// ruta del fichero de conexión. Cada línea que el proceso escriba llega a <paramref name="onOutputLine"/>.
    /// </summary>
    public static KernelProcess Start(
        IReadOnlyList<string> argv,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        Action<string>? onOutputLine = null
    )
    {
        var folder = Directory.CreateTempSubdirectory("kernel-").FullName;
        var connection = ConnectionInfo.WithFreePorts();
        var connectionFile = Path.Combine(folder, "kernel.json");
        connection.WriteTo(connectionFile);
        var start = new ProcessStartInfo(argv[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true, // nadie escribe en su entrada: una lectura de consola termina en vez de colgarse
            UseShellExecute = false,
        };
        foreach (var argument in argv.Skip(1))
            start.ArgumentList.Add(argument.Replace("{connection_file}", connectionFile, StringComparison.Ordinal));
        start.Environment["JPY_PARENT_PID"] = Environment.ProcessId.ToString();
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process =
            Process.Start(start) ?? throw new InvalidOperationException($"No se pudo lanzar el kernel «{argv[0]}».");
        process.StandardInput.Close();
        return new KernelProcess(process, folder, connection, onOutputLine);
    }

    /// <summary>
    /// La orden de un kernel escrito en .NET: el mismo <c>dotnet</c> que ejecuta este proceso (no el primero del PATH,
    /// que podría ser otra versión), la DLL del kernel y <c>-f {connection_file}</c>.
    /// </summary>
    public static IReadOnlyList<string> DotnetKernelCommand(string kernelAssembly) =>
        [DotnetHost(), kernelAssembly, "-f", "{connection_file}"];

    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet")
            return path;
        var root = Path.GetFullPath(
            Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..")
        );
        var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }

    /// <summary>Las últimas líneas que escribió el proceso (su registro y lo que escriba el runtime al morir).</summary>
    public IReadOnlyList<string> LastLines()
    {
        lock (_lastLines)
            return [.. _lastLines];
    }

    /// <summary>Pide interrumpir la celda en marcha (<c>interrupt_request</c> por control).</summary>
    public void Interrupt() => Client.Send(Channel.Control, "interrupt_request", []);

    /// <summary>Mata el proceso (y los que haya lanzado) sin esperar.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Ya había terminado.
        }
    }

    /// <summary>
    /// Apaga el kernel como un cliente (<c>shutdown_request</c> por control) y espera a que salga; si no sale en
    /// <paramref name="grace"/>, lo mata. Cierra el cliente y borra el fichero de conexión.
    /// </summary>
    public async Task ShutdownAsync(TimeSpan grace)
    {
        if (!_process.HasExited)
        {
            Client.Send(Channel.Control, "shutdown_request", new JsonObject { ["restart"] = false });
            if (await Task.WhenAny(Exited, Task.Delay(grace)).ConfigureAwait(false) != Exited)
                Kill();
        }
        await DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Mata el proceso si sigue vivo, cierra el cliente y borra el fichero de conexión.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        if (!_process.HasExited)
            Kill();
        await _process.WaitForExitAsync().ConfigureAwait(false);
        Client.Dispose();
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Una carpeta temporal que no se pudo borrar no es un fallo del kernel.
        }
        _closed.TrySetResult();
    }

    private void Remember(string? line, Action<string>? onOutputLine)
    {
        if (line is null)
            return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > RememberedLines)
                _lastLines.Dequeue();
        }
        onOutputLine?.Invoke(line);
    }

    private static int SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }
}
