using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookFormat;

/// <summary>
/// Valida un .ipynb contra lo esencial del esquema de nbformat 4 (campos obligatorios y sus tipos) mientras construye
/// el <see cref="Notebook"/>. Cada error dice, en español, el archivo, la celda o salida y el campo.
/// </summary>
internal sealed class NotebookReader
{
    private static readonly string[] OutputTypes = ["stream", "display_data", "execute_result", "error"];

    private readonly string _path;
    private readonly string _file;

    private NotebookReader(string path)
    {
        _path = path;
        _file = Path.GetFileName(path);
    }

    public static Notebook Parse(string json, string path) => new NotebookReader(path).Parse(json);

    private Notebook Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(
                _path,
                $"El cuaderno '{_file}' no es JSON válido: error en la línea {e.LineNumber + 1}, "
                    + $"posición {e.BytePositionInLine + 1}.",
                e
            );
        }
        if (root is not JsonObject notebook)
            throw new NotebookFormatException(
                _path,
                $"El cuaderno '{_file}' debe ser un objeto JSON, pero es {JsonText.Describe(root)}."
            );
        var where = new Location(this, "");
        if (where.Integer(notebook, "nbformat", required: true) != 4)
            throw where.Invalid("nbformat", "el número 4 (nbformat 4)", notebook["nbformat"]);
        where.Integer(notebook, "nbformat_minor", required: false);
        var metadata = where.Object(notebook, "metadata", required: false);
        var cells = where.Array(notebook, "cells", "una lista de celdas");
        var defaultLanguage = CellLanguage.NotebookDefault(metadata);
        var list = new List<NotebookCell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
            list.Add(ReadCell(cells[i], i + 1, defaultLanguage));
        return new Notebook(notebook, _path, defaultLanguage, list);
    }

    private NotebookCell ReadCell(JsonNode? node, int number, string defaultLanguage)
    {
        var where = new Location(this, $"en la celda {number}, ");
        if (node is not JsonObject json)
            throw where.Invalid(null, "un objeto JSON", node);
        var type = where.String(json, "cell_type", "'markdown', 'code' o 'raw'");
        var kind = type switch
        {
            "markdown" => CellKind.Markdown,
            "code" => CellKind.Code,
            "raw" => CellKind.Raw,
            _ => throw where.Invalid("cell_type", "'markdown', 'code' o 'raw'", json["cell_type"]),
        };
        var source = where.Text(json, "source", required: true);
        var metadata = where.Object(json, "metadata", required: false);
        var tags = metadata is null ? [] : Tags(metadata, where);
        if (kind != CellKind.Code)
            return new NotebookCell(json, number, kind, source, defaultLanguage)
            {
                Attachments = Attachments(where.Object(json, "attachments", required: false)),
                Tags = tags,
            };

        var cell = new NotebookCell(json, number, kind, source, CellLanguage.Of(source, metadata, defaultLanguage))
        {
            Tags = tags,
        };
        var count = where.Integer(json, "execution_count", required: false);
        var outputs = json.ContainsKey("outputs") ? where.Array(json, "outputs", "una lista de salidas") : [];
        cell.LoadExecution(count, outputs.Select((o, i) => ReadOutput(o, i + 1, number)).ToList());
        return cell;
    }

    private NotebookOutput ReadOutput(JsonNode? node, int number, int cell)
    {
        var where = new Location(this, $"en la salida {number} de la celda {cell}, ");
        if (node is not JsonObject json)
            throw where.Invalid(null, "un objeto JSON", node);
        var type = where.String(json, "output_type", string.Join(", ", OutputTypes.Select(t => $"'{t}'")));
        switch (type)
        {
            case "stream":
                return new StreamOutput(where.String(json, "name", "'stdout' o 'stderr'"), where.Text(json, "text"));
            case "display_data" or "execute_result":
                var data = where.Object(json, "data", required: true)!;
                return new RichOutput(type == "execute_result", MimeBundle(data))
                {
                    Metadata = where.Object(json, "metadata", required: false) is { } m
                        ? (JsonObject)m.DeepClone()
                        : null,
                    ExecutionCount =
                        type == "execute_result" ? where.Integer(json, "execution_count", required: false) : null,
                };
            case "error":
                return new ErrorOutput(
                    where.String(json, "ename", "el nombre del error"),
                    where.String(json, "evalue", "el mensaje del error"),
                    where.Strings(json, "traceback")
                );
            default:
                throw where.Invalid(
                    "output_type",
                    string.Join(", ", OutputTypes.Select(t => $"'{t}'")),
                    json["output_type"]
                );
        }
    }

    private static IReadOnlyList<string> Tags(JsonObject metadata, Location where) =>
        metadata.ContainsKey("tags") ? where.Strings(metadata, "tags", "metadata.tags") : [];

    // nbformat guarda los textos largos como lista de líneas: se unen aquí para que el resto vea una cadena.
    private static Dictionary<string, JsonNode> MimeBundle(JsonObject data)
    {
        var bundle = new Dictionary<string, JsonNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (mime, value) in data)
        {
            if (value is null)
                continue;
            var isJson = mime.EndsWith("json", StringComparison.OrdinalIgnoreCase);
            bundle[mime] =
                !isJson && value is JsonArray && MultilineText.TryRead(value) is { } text
                    ? JsonValue.Create(text)
                    : value.DeepClone();
        }
        return bundle;
    }

    // Un adjunto es un pequeño «mime bundle» con la imagen en base64: se usa su primer tipo.
    private static Dictionary<string, string> Attachments(JsonObject? attachments)
    {
        var result = new Dictionary<string, string>();
        if (attachments is null)
            return result;
        foreach (var (name, bundle) in attachments)
        {
            if (bundle is JsonObject mimes && mimes.FirstOrDefault() is var (mime, data) && data is not null)
            {
                var base64 = MultilineText.TryRead(data) ?? data.ToString();
                result[name] = $"data:{mime};base64,{base64.Replace("\n", "")}";
            }
        }
        return result;
    }

    /// <summary>Dónde se está leyendo (el cuaderno, una celda o una salida), para nombrarlo en los errores.</summary>
    private sealed record Location(NotebookReader Reader, string Prefix)
    {
        public NotebookFormatException Invalid(string? field, string expected, JsonNode? actual, bool missing = false)
        {
            var subject = field is null ? "el elemento" : $"\"{field}\"";
            var found = missing ? "no está" : $"es {JsonText.Describe(actual)}";
            return new NotebookFormatException(
                Reader._path,
                $"El cuaderno '{Reader._file}' no es válido: {Prefix}{subject} debe ser {expected}, pero {found}."
            );
        }

        public string String(JsonObject json, string field, string expected) =>
            json.TryGetPropertyValue(field, out var node)
                ? JsonText.StringOf(node) ?? throw Invalid(field, $"un texto ({expected})", node)
                : throw Invalid(field, $"un texto ({expected})", null, missing: true);

        public string Text(JsonObject json, string field, bool required = true)
        {
            if (!json.TryGetPropertyValue(field, out var node))
                return required ? throw Invalid(field, "un texto o una lista de textos", null, missing: true) : "";
            return MultilineText.TryRead(node) ?? throw Invalid(field, "un texto o una lista de textos", node);
        }

        public int? Integer(JsonObject json, string field, bool required)
        {
            if (!json.TryGetPropertyValue(field, out var node))
                return required ? throw Invalid(field, "un número entero", null, missing: true) : null;
            if (node is null && !required)
                return null;
            return node is JsonValue value && value.TryGetValue(out int number)
                ? number
                : throw Invalid(field, required ? "un número entero" : "un número entero o null", node);
        }

        public JsonObject? Object(JsonObject json, string field, bool required)
        {
            if (!json.TryGetPropertyValue(field, out var node))
                return required ? throw Invalid(field, "un objeto JSON", null, missing: true) : null;
            return node as JsonObject ?? throw Invalid(field, "un objeto JSON", node);
        }

        public JsonArray Array(JsonObject json, string field, string expected) =>
            json.TryGetPropertyValue(field, out var node)
                ? node as JsonArray ?? throw Invalid(field, expected, node)
                : throw Invalid(field, expected, null, missing: true);

        public IReadOnlyList<string> Strings(JsonObject json, string field, string? name = null)
        {
            var array = Array(json, field, "una lista de textos");
            var strings = new List<string>(array.Count);
            foreach (var item in array)
                strings.Add(JsonText.StringOf(item) ?? throw Invalid(name ?? field, "una lista de textos", array));
            return strings;
        }
    }
}
