using System.Text.Json.Nodes;
using NotebookEngine;

namespace NotebookRunner.Notebooks;

/// <summary>Convierte las salidas del motor en salidas de nbformat 4.</summary>
public static class OutputConverter
{
    /// <summary>La salida nbformat de <paramref name="output"/>; <paramref name="executionCount"/> va en los resultados.</summary>
    public static JsonObject ToJson(CellOutput output, int executionCount) =>
        output switch
        {
            StreamOutput stream => new JsonObject
            {
                ["output_type"] = "stream",
                ["name"] = stream.Name,
                ["text"] = NbText.Lines(stream.Text),
            },
            DisplayOutput display => new JsonObject
            {
                ["output_type"] = "display_data",
                ["data"] = Data(display.Data),
                ["metadata"] = new JsonObject(),
            },
            ResultOutput result => new JsonObject
            {
                ["output_type"] = "execute_result",
                ["data"] = Data(result.Data),
                ["metadata"] = new JsonObject(),
                ["execution_count"] = executionCount,
            },
            ErrorOutput error => new JsonObject
            {
                ["output_type"] = "error",
                ["ename"] = error.Name,
                ["evalue"] = error.Message,
                ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode?)line).ToArray()),
            },
            _ => throw new ArgumentException($"Tipo de salida desconocido: {output.GetType().Name}.", nameof(output)),
        };

    // Textos como listas de líneas (como Jupyter); objetos JSON (application/*+json) y base64 tal cual.
    private static JsonObject Data(IReadOnlyDictionary<string, JsonNode> data)
    {
        var json = new JsonObject();
        foreach (var (mimeType, value) in data)
        {
            json[mimeType] =
                value is JsonValue text
                && text.TryGetValue<string>(out var s)
                && mimeType.StartsWith("text/", StringComparison.Ordinal)
                    ? NbText.Lines(s)
                    : value.DeepClone();
        }
        return json;
    }
}
