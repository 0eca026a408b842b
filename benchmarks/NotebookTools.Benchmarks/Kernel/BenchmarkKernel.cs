using System.Text.Json.Nodes;
using JupyterProtocol;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// El kernel de verdad como proceso hijo, lanzado y manejado con el mismo cliente que usa el ejecutor de cuadernos
/// (<see cref="KernelProcess"/> y <see cref="KernelClient"/> de tools/JupyterProtocol), con esperas síncronas y un
/// tiempo máximo en cada una: un kernel roto hace fallar la medida en vez de colgarla.
/// </summary>
public sealed class BenchmarkKernel : IDisposable
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);

    private BenchmarkKernel(KernelProcess process) => Process = process;

    /// <summary>El proceso y su cliente.</summary>
    public KernelProcess Process { get; }

    /// <summary>La DLL del kernel: la que se compila junto a estas medidas.</summary>
    public static string KernelAssembly { get; } = FindKernelAssembly();

    /// <summary>
    /// Lanza el kernel (sin esperar a que escuche) en <paramref name="workingDirectory"/> o en la carpeta temporal: el
    /// de <see cref="KernelAssembly"/>, o la orden <paramref name="command"/> (p. ej. la herramienta instalada), con
    /// las variables <paramref name="environment"/> (por defecto, el historial solo en memoria).
    /// </summary>
    public static BenchmarkKernel Start(
        string? workingDirectory = null,
        string? command = null,
        IReadOnlyDictionary<string, string>? environment = null
    ) =>
        new(
            KernelProcess.Start(
                command is null
                    ? KernelProcess.DotnetKernelCommand(KernelAssembly)
                    : [command, "-f", "{connection_file}"],
                workingDirectory ?? Path.GetTempPath(),
                environment ?? InMemoryHistory
            )
        );

    // Las celdas medidas no van al historial del usuario.
    private static readonly Dictionary<string, string> InMemoryHistory = new()
    {
        ["NOTEBOOK_KERNEL_HISTORY"] = ":memory:",
    };

    /// <summary>Envía <c>history_request</c> con <paramref name="content"/> y espera la respuesta.</summary>
    public JsonObject History(JsonObject content, TimeSpan timeout) =>
        Reply(Process.Client.Send(Channel.Shell, "history_request", content), "history_reply", timeout, false);

    /// <summary>Un kernel que ya atiende peticiones y cuyo canal iopub ya entrega mensajes.</summary>
    public static BenchmarkKernel StartReady(
        TimeSpan timeout,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null
    )
    {
        var kernel = Start(workingDirectory, environment: environment);
        try
        {
            kernel.Process.Client.WaitForReadyAsync(timeout).GetAwaiter().GetResult();
            return kernel;
        }
        catch
        {
            kernel.Dispose();
            throw;
        }
    }

    /// <summary>Envía <c>kernel_info_request</c> y espera la respuesta.</summary>
    public JsonObject KernelInfo(TimeSpan timeout) =>
        Reply(Process.Client.Send(Channel.Shell, "kernel_info_request", []), "kernel_info_reply", timeout, false);

    /// <summary>
    /// Ejecuta una celda y espera a <c>execute_reply</c> por shell y al <c>status idle</c> por iopub. Si la celda no
    /// termina bien, lanza una excepción con la respuesta.
    /// </summary>
    public JsonObject Execute(string code, TimeSpan timeout)
    {
        var reply = Reply(Process.Client.Execute(code), "execute_reply", timeout, waitForIdle: true);
        return (string?)reply["status"] == "ok"
            ? reply
            : throw new InvalidOperationException($"La celda «{code}» no terminó bien en el kernel: {reply}");
    }

    /// <summary>El completado de <paramref name="code"/> con el cursor al final; sin propuestas, lanza una excepción.</summary>
    public JsonObject Complete(string code, TimeSpan timeout)
    {
        // cursor_pos cuenta puntos de código; los prefijos medidos son ASCII, así que coincide con Length.
        var request = Process.Client.Send(
            Channel.Shell,
            "complete_request",
            new JsonObject { ["code"] = code, ["cursor_pos"] = code.Length }
        );
        var reply = Reply(request, "complete_reply", timeout, waitForIdle: false);
        return reply["matches"] is JsonArray { Count: > 0 }
            ? reply
            : throw new InvalidOperationException($"El completado de «{code}» no dio ninguna propuesta: {reply}");
    }

    /// <summary>Descarta lo recibido sin leer (los status de peticiones anteriores).</summary>
    public void Drain()
    {
        while (Process.Client.TryReceive(out _)) { }
    }

    /// <summary>Apaga el kernel como un cliente y, si no sale a tiempo, lo mata.</summary>
    public void Dispose() => Process.ShutdownAsync(ShutdownGrace).GetAwaiter().GetResult();

    // La respuesta de shell a la petición (y, si se pide, su status idle en iopub); lo demás se descarta.
    private JsonObject Reply(JupyterMessage request, string replyType, TimeSpan timeout, bool waitForIdle)
    {
        using var deadline = new CancellationTokenSource(timeout);
        JsonObject? reply = null;
        var idle = !waitForIdle;
        try
        {
            while (reply is null || !idle)
            {
                var (channel, message) = Process.Client.ReceiveAsync(deadline.Token).AsTask().GetAwaiter().GetResult();
                if (message.ParentId != request.MessageId)
                    continue;
                if (channel == Channel.Shell && message.MessageType == replyType)
                    reply = message.Content;
                else if (channel == Channel.IOPub && (string?)message.Content["execution_state"] == "idle")
                    idle = true;
            }
            return reply;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException(
                $"El kernel no envió {replyType}{(waitForIdle ? " e idle" : "")} en {timeout.TotalSeconds} s. "
                    + $"Últimas líneas del kernel:\n{string.Join('\n', Process.LastLines())}"
            );
        }
    }

    // La que se compila con estas medidas (la referencia al ejecutor la deja junto a ellas, con su runtimeconfig);
    // si no está, la de tools/NotebookKernel/bin/Release.
    private static string FindKernelAssembly()
    {
        var here = Path.Combine(AppContext.BaseDirectory, "NotebookKernel.dll");
        if (File.Exists(Path.ChangeExtension(here, ".runtimeconfig.json")))
            return here;
        var release = Path.Combine(
            RepositoryPaths.Root,
            "tools",
            "NotebookKernel",
            "bin",
            "Release",
            "net10.0",
            "NotebookKernel.dll"
        );
        return File.Exists(release)
            ? release
            : throw new FileNotFoundException(
                $"No está compilado el kernel en {release}. Compílalo con: dotnet build -c Release tools/NotebookKernel",
                release
            );
    }
}
