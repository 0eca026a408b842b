using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using JupyterProtocol;
using NotebookEngine.Editing;
using NotebookKernel.Execution;
using NotebookKernel.Protocol;
using NotebookKernel.Transport;

namespace NotebookKernel.Kernel;

/// <summary>
/// El kernel: atiende las peticiones del cliente sobre una sesión del motor. Las de shell se atienden de una en una,
/// en orden, en su propio hilo (una celda larga no bloquea los sockets); las de control (interrumpir, apagar,
/// kernel_info) se atienden al llegar, aunque haya una celda en marcha.
/// </summary>
internal sealed partial class JupyterKernel : IDisposable
{
    private readonly KernelSockets _sockets;
    private readonly EditingServices _editing;
    private readonly KernelLog _log;
    private readonly string _session = Guid.NewGuid().ToString();
    private readonly BlockingCollection<JupyterMessage> _shellQueue = [];
    private readonly Thread _shellThread;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lazy<ICellExecutor> _executor;
    private readonly bool _batch;
    private bool _warmUpStarted;

    // Tras este tiempo sin peticiones, se calientan el compilador y el completado en segundo plano. Mientras un
    // cliente ejecuta celdas seguidas (nbconvert) no se le quita CPU.
    private static readonly TimeSpan IdleBeforeWarmUp = TimeSpan.FromSeconds(2);

    /// <summary>Crea el kernel; empieza a atender mensajes con <see cref="Start"/>.</summary>
    /// <param name="sockets">Los sockets ya abiertos.</param>
    /// <param name="createExecutor">Crea una sesión nueva del motor (la primera vez que se necesita).</param>
    /// <param name="editing">Completado, inspección y is_complete.</param>
    /// <param name="log">Dónde contar lo que pasa.</param>
    /// <param name="batch">
    /// Si lo maneja un programa que solo ejecuta celdas (el ejecutor de cuadernos): el compilador se calienta nada más
    /// arrancar, y el editor (completado, ayuda) nunca.
    /// </param>
    public JupyterKernel(
        KernelSockets sockets,
        Func<ICellExecutor> createExecutor,
        EditingServices editing,
        KernelLog log,
        bool batch = false
    )
    {
        _batch = batch;
        _sockets = sockets;
        _executor = new Lazy<ICellExecutor>(
            () => ConnectWidgets(createExecutor()),
            LazyThreadSafetyMode.ExecutionAndPublication
        );
        _editing = editing;
        _log = log;
        _shellThread = new Thread(ServeShell) { IsBackground = true, Name = "shell" };
    }

    /// <summary>Se completa cuando un cliente pide apagar el kernel (o se llama a <see cref="Stop"/>).</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>Cuántas peticiones de shell esperan turno (para las pruebas).</summary>
    internal int PendingShellRequests => _shellQueue.Count;

    /// <summary>Anuncia <c>starting</c> y empieza a atender mensajes.</summary>
    public void Start()
    {
        _sockets.MessageReceived += OnMessage;
        Publish("status", new JsonObject { ["execution_state"] = "starting" }, parent: null);
        if (_batch)
        {
            _warmUpStarted = true;
            WarmUpInBackground();
        }
        _shellThread.Start();
    }

    /// <summary>Detiene la celda en marcha, si hay: la sesión sigue viva.</summary>
    public void Interrupt()
    {
        lock (_runLock)
            _runningCell?.Cancel();
        InterruptWidgetCallbacks();
    }

    /// <summary>Deja de atender peticiones (lo que hace un <c>shutdown_request</c>).</summary>
    public void Stop()
    {
        Interrupt();
        _stopped.TrySetResult();
    }

    private ICellExecutor Executor => _executor.Value;

    // En el hilo de los sockets: nada lento aquí.
    private void OnMessage(Channel channel, JupyterMessage message)
    {
        switch (channel, message.MessageType)
        {
            case (Channel.Control or Channel.Shell, "shutdown_request"):
                Respond(
                    channel,
                    message,
                    new JsonObject
                    {
                        ["status"] = "ok",
                        ["restart"] = message.Content["restart"]?.GetValue<bool>() ?? false,
                    }
                );
                _log.Info("apagado pedido por el cliente");
                Stop();
                break;
            case (Channel.Control, "interrupt_request"):
                _log.Info("interrupción pedida por el cliente");
                Interrupt();
                Respond(channel, message, new JsonObject { ["status"] = "ok" });
                break;
            case (Channel.Control, "kernel_info_request"):
                Respond(channel, message, KernelInfo.Reply());
                break;
            case (Channel.Shell, _):
                if (!_shellQueue.IsAddingCompleted)
                    _shellQueue.Add(message);
                break;
            default:
                _log.Warning($"{channel}: {message.MessageType} no se atiende por este canal; se ignora.");
                break;
        }
    }

    private void ServeShell()
    {
        while (true)
        {
            if (!_shellQueue.TryTake(out var message, _warmUpStarted ? Timeout.InfiniteTimeSpan : IdleBeforeWarmUp))
            {
                if (_shellQueue.IsCompleted)
                    return;
                _warmUpStarted = true;
                WarmUpInBackground();
                continue;
            }
            try
            {
                HandleShell(message);
            }
            catch (Exception e)
            {
                // Un fallo del kernel (no de la celda) no debe dejar al cliente esperando para siempre.
                _log.Warning($"fallo al atender {message.MessageType}: {e}");
                if (message.MessageType.EndsWith("_request", StringComparison.Ordinal))
                    Respond(Channel.Shell, message, ErrorReply(e));
            }
        }
    }

    private void HandleShell(JupyterMessage message)
    {
        _currentParent = message;
        var content = message.Content;
        switch (message.MessageType)
        {
            case EndAbortingMarker:
                _aborting = false;
                break;
            case "execute_request":
                Execute(message);
                break;
            case "kernel_info_request":
                Respond(Channel.Shell, message, KernelInfo.Reply());
                break;
            case "is_complete_request":
                var completeness = _editing.IsComplete(Text(content, "code"));
                var reply = new JsonObject { ["status"] = completeness.Status };
                if (completeness.Status == "incomplete")
                    reply["indent"] = completeness.Indent;
                Respond(Channel.Shell, message, reply);
                break;
            case "complete_request":
                Respond(Channel.Shell, message, CompleteReply(Text(content, "code"), CursorPosition(content)));
                break;
            case "inspect_request":
                Respond(Channel.Shell, message, InspectReply(Text(content, "code"), CursorPosition(content)));
                break;
            case "comm_info_request":
                Respond(Channel.Shell, message, CommInfoReply(content));
                break;
            case "history_request":
                Respond(Channel.Shell, message, HistoryReply(content));
                break;
            case "comm_open" or "comm_msg" or "comm_close":
                HandleComm(message);
                break;
            default:
                _log.Warning($"shell: tipo de mensaje desconocido '{message.MessageType}'; se ignora.");
                break;
        }
    }

    private void WarmUpInBackground()
    {
        var thread = new Thread(() =>
        {
            try
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                Executor.WarmUp();
                var compiler = watch.ElapsedMilliseconds;
                if (!_batch)
                    _editing.WarmUp(Executor.Context);
                _log.Info(
                    $"calentamiento en segundo plano: compilador {compiler} ms, completado {watch.ElapsedMilliseconds - compiler} ms"
                );
            }
            catch (Exception e)
            {
                _log.Warning($"calentamiento en segundo plano fallido (no afecta a las celdas): {e.Message}");
            }
        })
        {
            IsBackground = true,
            Name = "calentamiento",
            Priority = ThreadPriority.BelowNormal,
        };
        thread.Start();
    }

    /// <summary>Responde a <paramref name="request"/> por su canal, entre <c>busy</c> e <c>idle</c> como pide el protocolo.</summary>
    private void Respond(Channel channel, JupyterMessage request, JsonObject content)
    {
        var replyType = request.MessageType.Replace("_request", "_reply", StringComparison.Ordinal);
        Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
        _sockets.Send(channel, JupyterMessage.Create(replyType, content, request, _session));
        Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
    }

    private void Publish(string messageType, JsonObject content, JupyterMessage? parent) =>
        _sockets.Send(Channel.IOPub, JupyterMessage.Create(messageType, content, parent, _session));

    private static JsonObject ErrorReply(Exception e) =>
        new()
        {
            ["status"] = "error",
            ["ename"] = e.GetType().Name,
            ["evalue"] = e.Message,
            ["traceback"] = new JsonArray(e.ToString()),
        };

    private static string Text(JsonObject content, string name) =>
        content[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    private static int CursorPosition(JsonObject content) =>
        content["cursor_pos"] is JsonValue value && value.TryGetValue<int>(out var position)
            ? position
            : Text(content, "code").Length;

    public void Dispose()
    {
        Stop();
        _sockets.MessageReceived -= OnMessage;
        _shellQueue.CompleteAdding();
        // Una celda que no atiende la cancelación (p. ej. bloqueada en E/S) no debe impedir cerrar el proceso.
        if (_shellThread.IsAlive)
            _shellThread.Join(TimeSpan.FromSeconds(2));
        if (_executor.IsValueCreated)
            _executor.Value.Dispose();
    }
}
