using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NotebookEngine.Formatting;

namespace NotebookEngine.Widgets;

/// <summary>
/// Los controles de una sesión y su enlace con el cliente, sin saber nada de sockets: el kernel le da un
/// <see cref="IFrontEnd"/> con <see cref="Connect"/> y le pasa los mensajes de comm que llegan. Sin cliente conectado
/// (el ejecutor de cuadernos), los controles se muestran con su respaldo estático y no se abre ningún comm.
/// </summary>
/// <remarks>
/// Lo que el usuario hace en el cliente llega por el hilo del kernel; las funciones de los controles se ejecutan
/// después, de una en una y nunca a la vez que una celda (<see cref="Schedule"/>), para que no pisen las variables
/// que la celda está usando.
/// </remarks>
public sealed class WidgetHub
{
    private readonly ConcurrentDictionary<string, Widget> _widgets = new();
    private readonly ConcurrentDictionary<string, bool> _controlComms = new();
    private readonly Func<Action, Task> _runCallback;
    private readonly Action _interruptCallback;
    private readonly Lock _gate = new();
    private readonly Queue<(object Key, Action Work)> _queue = new();
    private readonly HashSet<object> _queued = [];
    private Task _draining = Task.CompletedTask;
    private IFrontEnd? _frontEnd;

    /// <param name="runCallback">
    /// Ejecuta una función de un control en la sesión, por turno con las celdas, con su salida hacia
    /// <see cref="PublishCallbackOutput"/> salvo que la función la dirija a un área de salida.
    /// </param>
    /// <param name="interruptCallback">Detiene la función que se esté ejecutando, si hay.</param>
    internal WidgetHub(Func<Action, Task> runCallback, Action interruptCallback)
    {
        _runCallback = runCallback;
        _interruptCallback = interruptCallback;
    }

    /// <summary>Los formateadores de la sesión (para las áreas de salida usadas fuera de una celda).</summary>
    internal ValueFormatter? Formatter { get; set; }

    /// <summary>Si hay un cliente que dibuja controles.</summary>
    public bool IsConnected => Volatile.Read(ref _frontEnd) is not null;

    /// <summary>Conecta el cliente: desde ahora, los controles que se muestren abren su comm.</summary>
    public void Connect(IFrontEnd frontEnd) => Volatile.Write(ref _frontEnd, frontEnd);

    /// <summary>Detiene la función de un control que se esté ejecutando (lo que hace interrumpir con una celda).</summary>
    public void Interrupt() => _interruptCallback();

    /// <summary>Los comms abiertos y su destino (<c>comm_info_reply</c>).</summary>
    public IReadOnlyDictionary<string, string> Comms =>
        _widgets
            .Keys.Select(id => (id, WidgetProtocol.Target))
            .Concat(_controlComms.Keys.Select(id => (id, WidgetProtocol.ControlTarget)))
            .ToDictionary(pair => pair.id, pair => pair.Item2);

    /// <summary>
    /// El cliente abre un comm (<c>comm_open</c>). Se acepta el de control (<c>jupyter.widget.control</c>, para pedir
    /// el estado de todo a la vez); los controles creados en el cliente no: devuelve <c>false</c> y el kernel lo cierra.
    /// </summary>
    public bool OpenedByFrontEnd(string commId, string targetName)
    {
        if (targetName != WidgetProtocol.ControlTarget)
            return false;
        _controlComms[commId] = true;
        return true;
    }

    /// <summary>El cliente cerró un comm (<c>comm_close</c>).</summary>
    public void ClosedByFrontEnd(string commId)
    {
        _widgets.TryRemove(commId, out _);
        _controlComms.TryRemove(commId, out _);
    }

    /// <summary>
    /// Un <c>comm_msg</c> del cliente: <c>update</c> (el usuario cambió un control; se devuelve un <c>echo_update</c>
    /// con lo aceptado, como ipywidgets 8), <c>request_state</c>, <c>custom</c> (un clic) o, por el comm de control,
    /// <c>request_states</c>. Devuelve <c>false</c> si el comm no es de ningún control.
    /// </summary>
    public bool Receive(string commId, JsonObject data)
    {
        var method = data["method"] is JsonValue m && m.TryGetValue(out string? name) ? name : null;
        if (_controlComms.ContainsKey(commId))
        {
            if (method == "request_states")
                Send(
                    commId,
                    new JsonObject
                    {
                        ["method"] = "update_states",
                        ["states"] = AllStates(),
                        ["buffer_paths"] = new JsonArray(),
                    }
                );
            return true;
        }
        if (!_widgets.TryGetValue(commId, out var widget))
            return false;
        switch (method)
        {
            case "update" when data["state"] is JsonObject state:
                var accepted = widget.ApplyFromFrontEnd(state).ToList();
                if (accepted.Count > 0)
                {
                    var current = widget.State();
                    var echo = new JsonObject();
                    foreach (var key in accepted)
                        echo[key] = current[key]?.DeepClone();
                    Send(commId, Update("echo_update", echo));
                    widget.NotifyFrontEndChange();
                }
                break;
            case "request_state":
                Send(commId, Update("update", widget.State()));
                break;
            case "custom":
                widget.OnCustom(data["content"]);
                break;
        }
        return true;
    }

    /// <summary>Abre el comm de <paramref name="widget"/> (y antes los de los controles que cita) si no estaba abierto.</summary>
    internal void Open(Widget widget)
    {
        if (Volatile.Read(ref _frontEnd) is not { } frontEnd || _widgets.ContainsKey(widget.Id))
            return;
        foreach (var reference in widget.References)
            Open(reference);
        lock (_gate)
        {
            if (!_widgets.TryAdd(widget.Id, widget))
                return;
            widget.AttachTo(this);
        }
        frontEnd.OpenComm(
            widget.Id,
            WidgetProtocol.Target,
            new JsonObject { ["state"] = widget.State(), ["buffer_paths"] = new JsonArray() },
            new JsonObject { ["version"] = WidgetProtocol.Version }
        );
    }

    /// <summary>Cierra el comm de <paramref name="widget"/>, si estaba abierto.</summary>
    internal void Close(Widget widget)
    {
        if (_widgets.TryRemove(widget.Id, out _))
            Volatile.Read(ref _frontEnd)?.CloseComm(widget.Id);
    }

    /// <summary>Envía al cliente los atributos de <paramref name="widget"/> que cambiaron en el kernel.</summary>
    internal void SendState(Widget widget, JsonObject changes)
    {
        if (_widgets.ContainsKey(widget.Id))
            Send(widget.Id, Update("update", changes));
    }

    /// <summary>
    /// Pone en cola una función de un control. Si ya hay una en cola con la misma <paramref name="key"/> (otro
    /// movimiento del mismo control antes de que empezara), no se añade otra: al ejecutarse leerá los valores de ese
    /// momento, así que gana el último. Una que ya empezó no cuenta: un cambio durante ella la vuelve a poner en cola.
    /// </summary>
    internal void Schedule(object key, Action work)
    {
        lock (_gate)
        {
            if (!_queued.Add(key))
                return;
            _queue.Enqueue((key, work));
            if (_draining.IsCompleted)
                _draining = Task.Run(DrainAsync);
        }
    }

    /// <summary>Espera a que se hayan ejecutado las funciones en cola (para las pruebas).</summary>
    internal Task WhenIdle()
    {
        lock (_gate)
            return _draining;
    }

    /// <summary>Lo que escribe una función de un control que no lo dirige a un área de salida.</summary>
    internal void PublishCallbackOutput(CellOutput output) => Volatile.Read(ref _frontEnd)?.Publish(output);

    private async Task DrainAsync()
    {
        while (true)
        {
            Action work;
            lock (_gate)
            {
                if (!_queue.TryDequeue(out var next))
                    return;
                _queued.Remove(next.Key);
                work = next.Work;
            }
            await _runCallback(work).ConfigureAwait(false);
        }
    }

    private JsonObject AllStates()
    {
        var states = new JsonObject();
        foreach (var (id, widget) in _widgets)
        {
            var state = widget.State();
            states[id] = new JsonObject
            {
                ["model_name"] = state["_model_name"]?.DeepClone(),
                ["model_module"] = state["_model_module"]?.DeepClone(),
                ["model_module_version"] = state["_model_module_version"]?.DeepClone(),
                ["state"] = state,
            };
        }
        return states;
    }

    private void Send(string commId, JsonObject data) => Volatile.Read(ref _frontEnd)?.SendComm(commId, data);

    private static JsonObject Update(string method, JsonObject state) =>
        new()
        {
            ["method"] = method,
            ["state"] = state,
            ["buffer_paths"] = new JsonArray(),
        };
}
