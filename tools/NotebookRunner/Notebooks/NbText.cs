using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>Los textos de nbformat: una cadena o una lista de líneas que se concatenan.</summary>
internal static class NbText
{
    /// <summary>Lee un texto multilínea de nbformat.</summary>
    public static string Read(JsonNode? node) =>
        node switch
        {
            null => "",
            JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>() ?? "")),
            _ => node.GetValue<string>(),
        };

    /// <summary>Escribe un texto como lista de líneas que conservan su <c>\n</c>, como hace Jupyter.</summary>
    public static JsonArray Lines(string text)
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
}
