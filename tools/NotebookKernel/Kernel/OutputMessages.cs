using System.Text.Json.Nodes;
using NotebookEngine;

namespace NotebookKernel.Kernel;

/// <summary>
/// Cada salida del motor como el mensaje de iopub que la lleva: su tipo y su contenido (también las actualizaciones
/// de un display, <c>update_display_data</c>, y el borrado, <c>clear_output</c>).
/// </summary>
internal static class OutputMessages
{
    /// <summary>El tipo y el contenido del mensaje de iopub de <paramref name="output"/>.</summary>
    public static (string MessageType, JsonObject Content) From(CellOutput output, int executionCount) =>
        output switch
        {
            StreamOutput s => ("stream", new JsonObject { ["name"] = s.Name, ["text"] = s.Text }),
            DisplayOutput d => (
                "display_data",
                new JsonObject
                {
                    ["data"] = Bundle(d.Data),
                    ["metadata"] = new JsonObject(),
                    ["transient"] = Transient(d.DisplayId),
                }
            ),
            DisplayUpdate u => (
                "update_display_data",
                new JsonObject
                {
                    ["data"] = Bundle(u.Data),
                    ["metadata"] = new JsonObject(),
                    ["transient"] = Transient(u.DisplayId),
                }
            ),
            ClearRequest c => ("clear_output", new JsonObject { ["wait"] = c.Wait }),
            ResultOutput r => (
                "execute_result",
                new JsonObject
                {
                    ["execution_count"] = executionCount,
                    ["data"] = Bundle(r.Data),
                    ["metadata"] = new JsonObject(),
                }
            ),
            ErrorOutput e => ("error", ErrorContent(e)),
            _ => throw new ArgumentException($"Salida de tipo desconocido: {output.GetType().Name}.", nameof(output)),
        };

    /// <summary><c>ename</c>, <c>evalue</c> y <c>traceback</c> de un error (en el mensaje error y en execute_reply).</summary>
    /// <remarks>
    /// JupyterLab y VS Code muestran solo <c>traceback</c>: si el motor no da líneas, va "nombre: mensaje" para que
    /// el error no salga en blanco.
    /// </remarks>
    public static JsonObject ErrorContent(ErrorOutput error)
    {
        IEnumerable<string> traceback =
            error.Traceback.Count > 0 ? error.Traceback : [$"{error.Name}: {error.Message}"];
        return new JsonObject
        {
            ["ename"] = error.Name,
            ["evalue"] = error.Message,
            ["traceback"] = new JsonArray(traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
        };
    }

    // display_id va en transient: el cliente lo usa para encontrar la salida, pero no se guarda en el cuaderno.
    private static JsonObject Transient(string? displayId) =>
        displayId is null ? [] : new JsonObject { ["display_id"] = displayId };

    // Copia: un JsonNode solo puede tener un padre, y la misma salida puede ir en más de un mensaje.
    private static JsonObject Bundle(IReadOnlyDictionary<string, JsonNode> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, content) in data)
            bundle[mime] = content.DeepClone();
        // El protocolo exige text/plain en execute_result; es también lo que muestran los clientes más sencillos.
        bundle["text/plain"] ??= "";
        return bundle;
    }
}
