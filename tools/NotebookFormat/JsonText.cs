using System.Text.Json.Nodes;

namespace NotebookFormat;

/// <summary>Cómo se nombra un valor JSON en los mensajes de error, y cómo se lee una cadena sin excepciones.</summary>
internal static class JsonText
{
    /// <summary>«una lista», «un objeto», «el texto "4"», «el número 42», «null»...</summary>
    public static string Describe(JsonNode? node) =>
        node switch
        {
            null => "null",
            JsonArray => "una lista",
            JsonObject => "un objeto",
            JsonValue v when v.TryGetValue(out string? s) => $"el texto {v.ToJsonString()}",
            JsonValue v when v.TryGetValue(out bool _) => $"el valor {v.ToJsonString()}",
            JsonValue v => $"el número {v.ToJsonString()}",
            _ => node.GetType().Name,
        };

    /// <summary>La cadena de <paramref name="node"/>, o <c>null</c> si no es una cadena.</summary>
    public static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
