using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// El kernel de verdad como proceso hijo, lanzado como lo lanza el kernelspec: <c>dotnet NotebookKernel.dll -f
/// FICHERO</c> desde <c>tools/NotebookKernel/bin/Release/net10.0/</c>, con un fichero de conexión nuevo y un
/// <see cref="JupyterClient"/> ya conectado.
/// </summary>
public sealed class KernelProcess : IDisposable
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    private readonly string _folder;
    private readonly string? _workingDirectory;
    private readonly Queue<string> _lastErrorLines = new();
    private Process? _process;

    /// <summary>
    /// Prepara el fichero de conexión y el cliente; el proceso no arranca hasta <see cref="Start"/>. El kernel trabaja
    /// en <paramref name="workingDirectory"/> (la carpeta de los cuadernos, para sus rutas relativas) o en una
    /// carpeta temporal.
    /// </summary>
    public KernelProcess(string? workingDirectory = null)
    {
        _workingDirectory = workingDirectory;
        _folder = Directory.CreateTempSubdirectory("notebook-kernel-bench-").FullName;
        Connection = KernelConnection.WithFreePorts();
        Connection.WriteTo(ConnectionFile);
        Client = new JupyterClient(Connection);
    }

    /// <summary>Puertos y clave de este kernel.</summary>
    public KernelConnection Connection { get; }

    /// <summary>El cliente conectado a los puertos del kernel.</summary>
    public JupyterClient Client { get; }

    private string ConnectionFile => Path.Combine(_folder, "kernel.json");

    /// <summary>La DLL del kernel compilado en Release (la referencia de proyecto la compila antes que las medidas).</summary>
    public static string KernelAssembly { get; } = FindKernelAssembly();

    /// <summary>Lanza el proceso del kernel (sin esperar a que escuche).</summary>
    public void Start()
    {
        var start = new ProcessStartInfo(DotnetHost(), [KernelAssembly, "-f", ConnectionFile])
        {
            WorkingDirectory = _workingDirectory ?? _folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Como jupyter_client: si esta medida muere, el kernel no se queda huérfano.
        start.Environment["JPY_PARENT_PID"] = Environment.ProcessId.ToString();
        _process = Process.Start(start) ?? throw new InvalidOperationException("No se pudo lanzar el kernel.");
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    /// <summary>
    /// Un kernel arrancado y listo para peticiones: ha respondido a <c>kernel_info_request</c> y su canal iopub ya
    /// entrega mensajes.
    /// </summary>
    public static KernelProcess StartReady(TimeSpan timeout, string? workingDirectory = null)
    {
        var kernel = new KernelProcess(workingDirectory);
        try
        {
            kernel.Start();
            kernel.KernelInfo(timeout);
            kernel.Client.WaitForIOPub(timeout);
            return kernel;
        }
        catch
        {
            kernel.Dispose();
            throw;
        }
    }

    /// <summary>Envía <c>kernel_info_request</c> y espera la respuesta.</summary>
    public JsonObject KernelInfo(TimeSpan timeout)
    {
        var id = Client.SendShell("kernel_info_request", []);
        try
        {
            return Client.ShellReply(id, "kernel_info_reply", timeout);
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException($"{e.Message} Últimas líneas del kernel:\n{LastErrorLines()}", e);
        }
    }

    /// <summary>
    /// Apaga el kernel como un cliente (<c>shutdown_request</c> por control) y espera a que salga; si no sale a
    /// tiempo, lo mata.
    /// </summary>
    public void Dispose()
    {
        if (_process is { HasExited: false } process)
        {
            try
            {
                var id = Client.SendControl("shutdown_request", new JsonObject { ["restart"] = false });
                Client.ControlReply(id, "shutdown_reply", ShutdownTimeout);
            }
            catch (TimeoutException)
            {
                // Se mata abajo.
            }
            if (!process.WaitForExit(ShutdownTimeout))
                process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        _process?.Dispose();
        Client.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Remember(string? line)
    {
        if (line is null)
            return;
        lock (_lastErrorLines)
        {
            _lastErrorLines.Enqueue(line);
            if (_lastErrorLines.Count > 20)
                _lastErrorLines.Dequeue();
        }
    }

    private string LastErrorLines()
    {
        lock (_lastErrorLines)
            return string.Join('\n', _lastErrorLines);
    }

    private static string FindKernelAssembly()
    {
        var path = Path.Combine(
            RepositoryPaths.Root,
            "tools",
            "NotebookKernel",
            "bin",
            "Release",
            "net10.0",
            "NotebookKernel.dll"
        );
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"No está compilado el kernel en {path}. Compílalo con: dotnet build -c Release tools/NotebookKernel",
                path
            );
    }

    // El mismo «dotnet» que ejecuta estas medidas (no el primero del PATH, que podría ser otra versión).
    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet")
            return path;
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }
}
