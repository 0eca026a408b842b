using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookBook;

/// <summary>Lee un .ipynb (nbformat 4) con <see cref="JsonNode"/> y lo convierte en un <see cref="Notebook"/>.</summary>
internal static class NotebookReader
{
    /// <summary>Lee el cuaderno de <paramref name="path"/>; si está mal formado lanza <see cref="NotebookFormatException"/>.</summary>
    public static Notebook Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No existe el cuaderno '{path}'.", path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Interpreta el texto JSON <paramref name="json"/> de un cuaderno; <paramref name="path"/> sirve para los mensajes.</summary>
    public static Notebook Parse(string json, string path)
    {
        var file = System.IO.Path.GetFileName(path);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(
                path,
                $"El cuaderno '{file}' no es JSON válido: error en la línea {e.LineNumber + 1}, "
                    + $"posición {e.BytePositionInLine + 1}.",
                e
            );
        }

        if (root is not JsonObject notebook)
            throw new NotebookFormatException(
                path,
                $"El cuaderno '{file}' debe ser un objeto JSON, pero es {Describe(root)}."
            );
        var version = notebook["nbformat"] is JsonValue v && v.TryGetValue(out int n) ? n : (int?)null;
        if (version is not null && version != 4)
            throw new NotebookFormatException(
                path,
                $"El cuaderno '{file}' usa nbformat {version}; se esperaba nbformat 4."
            );
        if (notebook["cells"] is not JsonArray cells)
            throw new NotebookFormatException(path, $"El cuaderno '{file}' no tiene la lista \"cells\" de nbformat 4.");

        var context = new Context(path, file);
        var defaultLanguage = DefaultLanguage(notebook["metadata"] as JsonObject);
        var list = new List<Cell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
            list.Add(ReadCell(cells[i], i + 1, defaultLanguage, context));
        return new Notebook(path, System.IO.Path.GetFileNameWithoutExtension(path), defaultLanguage, list);
    }

    private sealed record Context(string Path, string File)
    {
        public NotebookFormatException Error(int cell, string what) =>
            new(Path, $"La celda {cell} del cuaderno '{File}' {what}.");
    }

    private static Cell ReadCell(JsonNode? node, int index, string defaultLanguage, Context context)
    {
        if (node is not JsonObject cell)
            throw context.Error(index, $"debe ser un objeto JSON, pero es {Describe(node)}");
        var source = Text(cell["source"], index, "\"source\"", context);
        return StringOf(cell["cell_type"]) switch
        {
            "markdown" => new MarkdownCell(source, Attachments(cell["attachments"] as JsonObject)),
            "code" => new CodeCell(
                source,
                CellLanguage(cell, source, defaultLanguage),
                ExecutionCount(cell),
                Outputs(cell["outputs"], index, context)
            ),
            "raw" => new RawCell(source),
            var other => throw context.Error(
                index,
                $"tiene \"cell_type\" = {(other is null ? "(ninguno)" : $"'{other}'")}; se esperaba 'markdown', 'code' o 'raw'"
            ),
        };
    }

    private static IReadOnlyList<Output> Outputs(JsonNode? node, int cell, Context context)
    {
        if (node is null)
            return [];
        if (node is not JsonArray outputs)
            throw context.Error(cell, $"tiene \"outputs\" que no es una lista, sino {Describe(node)}");
        var list = new List<Output>(outputs.Count);
        foreach (var item in outputs)
        {
            if (item is not JsonObject output)
                throw context.Error(cell, $"tiene una salida que no es un objeto JSON, sino {Describe(item)}");
            var type = StringOf(output["output_type"]);
            list.Add(
                type switch
                {
                    "stream" => new StreamOutput(
                        StringOf(output["name"]) ?? "stdout",
                        Text(output["text"], cell, "una salida \"stream\" con \"text\"", context)
                    ),
                    "display_data" => new RichOutput(false, MimeBundle(output["data"], cell, context)),
                    "execute_result" => new RichOutput(true, MimeBundle(output["data"], cell, context)),
                    "error" => new ErrorOutput(
                        StringOf(output["ename"]) ?? "Error",
                        StringOf(output["evalue"]) ?? "",
                        (output["traceback"] as JsonArray)?.Select(t => t?.ToString() ?? "").ToList() ?? []
                    ),
                    _ => throw context.Error(
                        cell,
                        $"tiene una salida con \"output_type\" = '{type ?? "(ninguno)"}'; se esperaba 'stream', "
                            + "'display_data', 'execute_result' o 'error'"
                    ),
                }
            );
        }
        return list;
    }

    private static IReadOnlyDictionary<string, JsonNode> MimeBundle(JsonNode? node, int cell, Context context)
    {
        if (node is not JsonObject data)
            throw context.Error(
                cell,
                $"tiene una salida sin \"data\" (se esperaba un objeto de tipo MIME a contenido)"
            );
        var bundle = new Dictionary<string, JsonNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (mime, value) in data)
        {
            if (value is null)
                continue;
            // nbformat guarda los textos largos como lista de líneas: se unen aquí para que el resto vea una cadena.
            var isJson = mime.EndsWith("json", StringComparison.OrdinalIgnoreCase);
            bundle[mime] =
                !isJson && value is JsonArray lines && lines.All(l => l is JsonValue)
                    ? JsonValue.Create(string.Concat(lines.Select(l => l!.ToString())))
                    : value.DeepClone();
        }
        return bundle;
    }

    private static IReadOnlyDictionary<string, string> Attachments(JsonObject? attachments)
    {
        var result = new Dictionary<string, string>();
        if (attachments is null)
            return result;
        foreach (var (name, bundle) in attachments)
        {
            // Un adjunto es un pequeño "mime bundle" con la imagen en base64: se usa su primer tipo.
            if (bundle is JsonObject mimes && mimes.FirstOrDefault() is var (mime, data) && data is not null)
            {
                var base64 = data is JsonArray parts
                    ? string.Concat(parts.Select(p => p?.ToString()))
                    : data.ToString();
                result[name] = $"data:{mime};base64,{base64.Replace("\n", "")}";
            }
        }
        return result;
    }

    private static string Text(JsonNode? node, int cell, string what, Context context) =>
        node switch
        {
            null => "",
            JsonValue value when value.TryGetValue(out string? text) => text,
            JsonArray lines when lines.All(l => l is JsonValue lv && lv.TryGetValue(out string? _)) => string.Concat(
                lines.Select(l => l!.GetValue<string>())
            ),
            _ => throw context.Error(cell, $"tiene {what} que no es texto ni lista de líneas, sino {Describe(node)}"),
        };

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static int? ExecutionCount(JsonObject cell) =>
        cell["execution_count"] is JsonValue v && v.TryGetValue(out int count) ? count : null;

    /// <summary>El lenguaje de una celda: la línea mágica <c>#!lenguaje</c>, los metadatos de Polyglot o el del cuaderno.</summary>
    private static string CellLanguage(JsonObject cell, string source, string defaultLanguage)
    {
        var firstLine = source.Split('\n', 2)[0].Trim();
        if (firstLine.StartsWith("#!", StringComparison.Ordinal) && firstLine.Length > 2 && !firstLine.Contains(' '))
            return NormalizeLanguage(firstLine[2..]);
        var metadata = cell["metadata"] as JsonObject;
        var fromMetadata =
            metadata?["polyglot_notebook"]?["kernelName"] ?? metadata?["dotnet_interactive"]?["language"];
        return fromMetadata is JsonValue v && v.TryGetValue(out string? language)
            ? NormalizeLanguage(language)
            : defaultLanguage;
    }

    private static string DefaultLanguage(JsonObject? metadata)
    {
        var candidate =
            metadata?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"] ?? metadata?["kernelspec"]?["language"];
        return candidate is JsonValue v && v.TryGetValue(out string? language) ? NormalizeLanguage(language) : "csharp";
    }

    private static string NormalizeLanguage(string language) =>
        language.Trim().ToLowerInvariant() switch
        {
            "c#" or "cs" or "csharp" => "csharp",
            "f#" or "fs" or "fsharp" => "fsharp",
            var other => other,
        };

    private static string Describe(JsonNode? node) =>
        node switch
        {
            null => "null",
            JsonArray => "una lista",
            JsonObject => "un objeto",
            JsonValue v => $"el valor {v.ToJsonString()}",
            _ => node.GetType().Name,
        };
}
