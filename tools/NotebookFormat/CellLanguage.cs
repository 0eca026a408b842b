using System.Text.Json.Nodes;

namespace NotebookFormat;

/// <summary>
/// El lenguaje de una celda de código: la línea mágica <c>#!lenguaje</c>, los metadatos de Polyglot de la celda o
/// los del cuaderno, en ese orden; con los alias de Polyglot reducidos a un nombre (<c>c#</c> → <c>csharp</c>).
/// </summary>
internal static class CellLanguage
{
    /// <summary>El lenguaje por defecto de las celdas del cuaderno; <c>csharp</c> si los metadatos no lo dicen.</summary>
    public static string NotebookDefault(JsonObject? metadata) =>
        JsonText.StringOf(
            metadata?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"] ?? metadata?["kernelspec"]?["language"]
        )
            is { } language
            ? Normalize(language)
            : "csharp";

    /// <summary>El lenguaje de una celda de código.</summary>
    public static string Of(string source, JsonObject? metadata, string notebookDefault)
    {
        var firstLine = source.Split('\n', 2)[0].Trim();
        if (firstLine.StartsWith("#!", StringComparison.Ordinal) && firstLine.Length > 2 && !firstLine.Contains(' '))
            return Normalize(firstLine[2..]);
        var fromMetadata =
            metadata?["polyglot_notebook"]?["kernelName"] ?? metadata?["dotnet_interactive"]?["language"];
        return JsonText.StringOf(fromMetadata) is { } language ? Normalize(language) : notebookDefault;
    }

    private static string Normalize(string language) =>
        language.Trim().ToLowerInvariant() switch
        {
            "c#" or "cs" or "csharp" => "csharp",
            "f#" or "fs" or "fsharp" => "fsharp",
            var other => other,
        };
}
