using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>Una celda del cuaderno sobre su objeto JSON.</summary>
public sealed class NotebookCell(JsonObject json)
{
    private static readonly HashSet<string> CSharpNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "csharp",
        "c#",
        "cs",
    };

    /// <summary><c>code</c>, <c>markdown</c> o <c>raw</c>.</summary>
    public string Type => json["cell_type"]?.GetValue<string>() ?? "";

    /// <summary>Si es una celda de código.</summary>
    public bool IsCode => Type == "code";

    /// <summary>El texto de la celda (nbformat lo guarda como cadena o como lista de líneas).</summary>
    public string Source => NbText.Read(json["source"]);

    /// <summary>
    /// El kernel de la celda según sus metadatos de Polyglot (<c>polyglot_notebook.kernelName</c> o
    /// <c>dotnet_interactive.language</c>), o <c>null</c> si no lo dicen.
    /// </summary>
    public string? Kernel =>
        json["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
        ?? json["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>();

    /// <summary>
    /// El código a ejecutar: si los metadatos dicen otro kernel y el texto no empieza por <c>#!</c>, se antepone
    /// <c>#!kernel</c> para que el motor lo rechace con su mensaje.
    /// </summary>
    public string CodeForEngine =>
        Kernel is { } kernel
        && !CSharpNames.Contains(kernel)
        && !Source.TrimStart().StartsWith("#!", StringComparison.Ordinal)
            ? $"#!{kernel}\n{Source}"
            : Source;

    /// <summary>Las salidas actuales.</summary>
    public JsonArray Outputs => json["outputs"] as JsonArray ?? [];

    /// <summary>Cambia las salidas y el contador de ejecución (<c>null</c>: no se ejecutó).</summary>
    public void SetExecution(int? executionCount, IEnumerable<JsonObject> outputs)
    {
        json["execution_count"] = executionCount;
        json["outputs"] = new JsonArray(outputs.Cast<JsonNode?>().ToArray());
    }

    /// <summary>El JSON de la celda.</summary>
    internal JsonObject Json => json;
}
