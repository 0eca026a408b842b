using System.Text.Json.Nodes;

namespace NotebookFormat;

/// <summary>
/// Una salida de celda de código como en nbformat 4 (y en los mensajes de iopub del protocolo de Jupyter, que tienen
/// los mismos campos).
/// </summary>
public abstract record NotebookOutput
{
    /// <summary>La salida como objeto JSON de nbformat 4, lista para guardar en <c>outputs</c>.</summary>
    public abstract JsonObject ToJson();

    /// <summary>
    /// La salida que corresponde a un mensaje de iopub (<c>stream</c>, <c>display_data</c>, <c>execute_result</c> o
    /// <c>error</c>), como <c>nbformat.v4.output_from_msg</c>; <c>null</c> para los demás tipos de mensaje.
    /// </summary>
    public static NotebookOutput? FromMessage(string messageType, JsonObject content) =>
        messageType switch
        {
            "stream" => new StreamOutput(StringOf(content["name"]) ?? "stdout", StringOf(content["text"]) ?? ""),
            "display_data" => new RichOutput(false, Bundle(content["data"])) { Metadata = Metadata(content) },
            "execute_result" => new RichOutput(true, Bundle(content["data"]))
            {
                Metadata = Metadata(content),
                ExecutionCount = content["execution_count"] is JsonValue v && v.TryGetValue(out int n) ? n : null,
            },
            "error" => new ErrorOutput(
                StringOf(content["ename"]) ?? "Error",
                StringOf(content["evalue"]) ?? "",
                (content["traceback"] as JsonArray)?.Select(line => StringOf(line) ?? "").ToList() ?? []
            ),
            _ => null,
        };

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static Dictionary<string, JsonNode> Bundle(JsonNode? data)
    {
        var bundle = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (data is JsonObject mimes)
            foreach (var (mime, value) in mimes)
                if (value is not null)
                    bundle[mime] = value.DeepClone();
        return bundle;
    }

    private static JsonObject Metadata(JsonObject content) =>
        content["metadata"] is JsonObject metadata ? (JsonObject)metadata.DeepClone() : [];
}

/// <summary>Texto de <c>stdout</c> o <c>stderr</c>.</summary>
public sealed record StreamOutput(string Name, string Text) : NotebookOutput, IStreamText
{
    IStreamText IStreamText.Append(string more) => this with { Text = Text + more };

    /// <inheritdoc />
    public override JsonObject ToJson() =>
        new()
        {
            ["output_type"] = "stream",
            ["name"] = Name,
            ["text"] = MultilineText.ToLines(Text),
        };
}

/// <summary>
/// Un valor con varias representaciones (<c>display_data</c>, o <c>execute_result</c> si
/// <paramref name="IsExecuteResult"/>): de tipo MIME a contenido. Los textos van como cadena (las listas de líneas
/// de nbformat ya unidas), los tipos <c>…json</c> como JSON y las imágenes en base64.
/// </summary>
public sealed record RichOutput(bool IsExecuteResult, IReadOnlyDictionary<string, JsonNode> Data) : NotebookOutput
{
    /// <summary>El número de ejecución de un <c>execute_result</c>.</summary>
    public int? ExecutionCount { get; init; }

    /// <summary>Los metadatos de la salida (tamaño de imagen, etc.); vacío si no hay.</summary>
    public JsonObject? Metadata { get; init; }

    /// <inheritdoc />
    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["output_type"] = IsExecuteResult ? "execute_result" : "display_data" };
        var data = new JsonObject();
        foreach (var (mime, value) in Data)
            data[mime] =
                mime.StartsWith("text/", StringComparison.Ordinal)
                && value is JsonValue text
                && text.TryGetValue(out string? s)
                    ? MultilineText.ToLines(s)
                    : value.DeepClone();
        json["data"] = data;
        json["metadata"] = Metadata?.DeepClone() ?? new JsonObject();
        if (IsExecuteResult)
            json["execution_count"] = ExecutionCount;
        return json;
    }
}

/// <summary>Un error: nombre de la excepción, mensaje y líneas de la traza.</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : NotebookOutput
{
    /// <inheritdoc />
    public override JsonObject ToJson() =>
        new()
        {
            ["output_type"] = "error",
            ["ename"] = Name,
            ["evalue"] = Value,
            ["traceback"] = new JsonArray(Traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
        };
}
