using JupyterProtocol;
using NotebookFormat;

namespace NotebookRunner.Execution;

/// <summary>
/// Las salidas de una celda según llegan por iopub, como las acumula nbclient (<c>process_message</c>): cada mensaje
/// de salida se convierte con <see cref="NotebookOutput.FromMessage"/>, <c>clear_output</c> las borra (o lo deja
/// para la siguiente salida si pide <c>wait</c>), y los trozos seguidos del mismo flujo se unen como al guardar en
/// JupyterLab. Anota también los instantes de ocupado, entrada y ocioso.
/// </summary>
internal sealed class CellOutputs
{
    private readonly List<NotebookOutput> _outputs = [];
    private bool _clearBeforeNext;

    /// <summary>Las salidas hasta ahora.</summary>
    public IReadOnlyList<NotebookOutput> Outputs => _outputs;

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
                    _outputs.Clear();
                return;
        }
        if (NotebookOutput.FromMessage(message.MessageType, content) is not { } output)
            return; // update_display_data, comm_*: nada que guardar en el cuaderno
        if (_clearBeforeNext)
        {
            _outputs.Clear();
            _clearBeforeNext = false;
        }
        if (output is RichOutput { IsExecuteResult: true } result)
            ExecutionCount = result.ExecutionCount ?? ExecutionCount;
        if (
            output is StreamOutput next
            && _outputs.Count > 0
            && _outputs[^1] is StreamOutput last
            && last.Name == next.Name
        )
            _outputs[^1] = last with { Text = last.Text + next.Text };
        else
            _outputs.Add(output);
    }

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
