using System.Text.Json.Nodes;

namespace NotebookFormat;

/// <summary>Los textos de nbformat: una cadena, o una lista de líneas que se concatenan.</summary>
internal static class MultilineText
{
    /// <summary>El texto de <paramref name="node"/>, o <c>null</c> si no es una cadena ni una lista de cadenas.</summary>
    public static string? TryRead(JsonNode? node) =>
        node switch
        {
            JsonValue value when value.TryGetValue(out string? text) => text,
            JsonArray lines when lines.All(IsString) => string.Concat(lines.Select(l => l!.GetValue<string>())),
            _ => null,
        };

    /// <summary>Como lo guarda Jupyter: una lista de líneas, cada una con su <c>\n</c> salvo la última.</summary>
    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
                continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length)
            lines.Add(text[start..]);
        return lines;
    }

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? _);
}
