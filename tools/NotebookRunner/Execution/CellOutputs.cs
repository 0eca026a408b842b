using JupyterProtocol;
using NotebookFormat;

namespace NotebookRunner.Execution;

/// <summary>
/// Las salidas de una celda según llegan por iopub, como las acumula nbclient (<c>process_message</c>): cada mensaje
/// de salida se convierte con <see cref="NotebookOutput.FromMessage"/>, <c>clear_output</c> las borra (o lo deja
/// para la siguiente salida si pide <c>wait</c>), <c>update_display_data</c> cambia la salida con ese
/// <c>display_id</c> (así queda el último estado de cada gráfico que se actualiza) y los trozos seguidos del mismo
/// flujo se unen como al guardar en JupyterLab. Anota también los instantes de ocupado, entrada y ocioso.
/// </summary>
internal sealed class CellOutputs
{
    private readonly List<NotebookOutput> _outputs = [];
    private readonly Dictionary<string, List<int>> _displayIds = [];
    private readonly List<DisplayUpdate> _updates = [];
    private bool _clearBeforeNext;

    /// <summary>Las salidas hasta ahora.</summary>
    public IReadOnlyList<NotebookOutput> Outputs => _outputs;

    /// <summary>Qué salidas de esta celda (sus posiciones) se mostraron con cada <c>display_id</c>.</summary>
    public IReadOnlyDictionary<string, List<int>> DisplayIds => _displayIds;

    /// <summary>Las actualizaciones recibidas, en orden: también las de salidas de celdas anteriores.</summary>
    public IReadOnlyList<DisplayUpdate> Updates => _updates;

    /// <summary>Instantes de nbclient vistos en iopub (más <c>shell.execute_reply</c>, que anota quien lee shell).</summary>
    public Dictionary<string, DateTimeOffset> Times { get; } = [];

    /// <summary>El número de ejecución que anunció el kernel.</summary>
    public int? ExecutionCount { get; private set; }

    /// <summary>Si ya llegó el <c>status: idle</c> que cierra la celda.</summary>
    public bool Idle { get; private set; }

    /// <summary>Atiende un mensaje de iopub que responde a la petición de la celda.</summary>
    public void Add(JupyterMessage message)
    {
        var content = message.Content;
        switch (message.MessageType)
        {
            case "status":
                var state = content["execution_state"]?.GetValue<string>();
                if (state is "busy" or "idle")
                    Stamp($"iopub.status.{state}", message);
                Idle |= state == "idle";
                return;
            case "execute_input":
                Stamp("iopub.execute_input", message);
                ExecutionCount = Count(content) ?? ExecutionCount;
                return;
            case "clear_output":
                if (content["wait"]?.GetValue<bool>() == true)
                    _clearBeforeNext = true;
                else
                    Clear();
                return;
            case "update_display_data":
                if (DisplayId(content) is { } updated)
                    Update(new DisplayUpdate(updated, NotebookOutput.FromMessage("display_data", content)!));
                return;
        }
        if (NotebookOutput.FromMessage(message.MessageType, content) is not { } output)
            return; // comm_*: nada que guardar en el cuaderno
        if (_clearBeforeNext)
        {
            Clear();
            _clearBeforeNext = false;
        }
        if (message.MessageType == "display_data" && DisplayId(content) is { } id)
        {
            if (!_displayIds.TryGetValue(id, out var positions))
                _displayIds[id] = positions = [];
            positions.Add(_outputs.Count);
        }
        if (output is RichOutput { IsExecuteResult: true } result)
            ExecutionCount = result.ExecutionCount ?? ExecutionCount;
        StreamMerging.Add(_outputs, output);
    }

    private void Clear()
    {
        _outputs.Clear();
        _displayIds.Clear();
    }

    // En esta celda se aplica ya; las de otras celdas las aplica quien tiene el cuaderno entero.
    private void Update(DisplayUpdate update)
    {
        _updates.Add(update);
        foreach (var position in _displayIds.GetValueOrDefault(update.DisplayId) ?? [])
            _outputs[position] = update.Output;
    }

    private static string? DisplayId(System.Text.Json.Nodes.JsonObject content) =>
        content["transient"]?["display_id"] is System.Text.Json.Nodes.JsonValue value
        && value.TryGetValue(out string? id)
            ? id
            : null;

    /// <summary>Cambia el último error (el que dio el kernel al interrumpirla) por <paramref name="error"/>, o lo añade.</summary>
    public void ReplaceLastError(ErrorOutput error)
    {
        var index = _outputs.FindLastIndex(o => o is ErrorOutput);
        if (index >= 0)
            _outputs[index] = error;
        else
            _outputs.Add(error);
    }

    /// <summary>Anota un instante con la fecha de la cabecera del mensaje (la del kernel), como nbclient.</summary>
    public void Stamp(string name, JupyterMessage message) => Times[name] = message.Date ?? DateTimeOffset.UtcNow;

    private static int? Count(System.Text.Json.Nodes.JsonObject content) =>
        content["execution_count"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue(out int count)
            ? count
            : null;
}

/// <summary>El contenido nuevo (<c>update_display_data</c>) de las salidas mostradas con <paramref name="DisplayId"/>.</summary>
internal sealed record DisplayUpdate(string DisplayId, NotebookOutput Output);
