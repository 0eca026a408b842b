using System.Text.Json.Nodes;
using JupyterProtocol;
using NotebookEngine;
using NotebookEngine.Widgets;
using NotebookKernel.Execution;

namespace NotebookKernel.Kernel;

// Los comms de Jupyter para los controles (protocolo de widgets de ipywidgets 8, versión 2.1): el kernel hace de
// IFrontEnd del motor (abre, usa y cierra comms por iopub) y le pasa lo que el cliente manda (comm_open, comm_msg,
// comm_close). comm_info_request lista los comms abiertos. En modo por lotes (el ejecutor de cuadernos) no hay
// cliente que dibuje controles: no se conecta nada y los controles se muestran con su respaldo estático.
internal sealed partial class JupyterKernel : IFrontEnd
{
    // La petición a la que responden los mensajes que el motor manda por su cuenta (comm_open de un control que se
    // muestra, salidas de sus funciones): la última de shell, que es la celda o el comm_msg que los provocó.
    private volatile JupyterMessage? _currentParent;

    private ICellExecutor ConnectWidgets(ICellExecutor executor)
    {
        if (!_batch)
            executor.Widgets?.Connect(this);
        return executor;
    }

    private void HandleComm(JupyterMessage message)
    {
        var content = message.Content;
        var commId = Text(content, "comm_id");
        var data = content["data"] as JsonObject ?? [];
        Publish("status", new JsonObject { ["execution_state"] = "busy" }, message);
        try
        {
            var widgets = Executor.Widgets;
            switch (message.MessageType)
            {
                case "comm_open":
                    var target = Text(content, "target_name");
                    if (widgets?.OpenedByFrontEnd(commId, target) != true)
                    {
                        // Como ipykernel: un destino que no existe se contesta cerrando el comm.
                        _log.Info($"comm_open con destino '{target}', que este kernel no tiene; se cierra.");
                        Publish(
                            "comm_close",
                            new JsonObject { ["comm_id"] = commId, ["data"] = new JsonObject() },
                            message
                        );
                    }
                    break;
                case "comm_msg":
                    if (widgets?.Receive(commId, data) != true)
                        _log.Warning($"comm_msg para el comm '{commId}', que no está abierto; se ignora.");
                    break;
                case "comm_close":
                    widgets?.ClosedByFrontEnd(commId);
                    break;
            }
        }
        finally
        {
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, message);
        }
    }

    private JsonObject CommInfoReply(JsonObject request)
    {
        var wanted = Text(request, "target_name");
        var comms = new JsonObject();
        foreach (var (id, target) in Executor.Widgets?.Comms ?? new Dictionary<string, string>())
        {
            if (wanted.Length == 0 || wanted == target)
                comms[id] = new JsonObject { ["target_name"] = target };
        }
        return new JsonObject { ["status"] = "ok", ["comms"] = comms };
    }

    private void InterruptWidgetCallbacks()
    {
        if (_executor.IsValueCreated)
            _executor.Value.Widgets?.Interrupt();
    }

    void IFrontEnd.OpenComm(string commId, string targetName, JsonObject data, JsonObject metadata)
    {
        var open = JupyterMessage.Create(
            "comm_open",
            new JsonObject
            {
                ["comm_id"] = commId,
                ["target_name"] = targetName,
                ["data"] = data,
            },
            _currentParent,
            _session
        );
        _sockets.Send(Channel.IOPub, open with { Metadata = metadata });
    }

    void IFrontEnd.SendComm(string commId, JsonObject data) =>
        Publish("comm_msg", new JsonObject { ["comm_id"] = commId, ["data"] = data }, _currentParent);

    void IFrontEnd.CloseComm(string commId) =>
        Publish("comm_close", new JsonObject { ["comm_id"] = commId, ["data"] = new JsonObject() }, _currentParent);

    void IFrontEnd.Publish(CellOutput output)
    {
        var (type, content) = OutputMessages.From(output, _executionCount);
        Publish(type, content, _currentParent);
    }
}
