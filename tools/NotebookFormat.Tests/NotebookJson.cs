using System.Text.Json.Nodes;

namespace NotebookFormat.Tests;

/// <summary>Construye cuadernos nbformat 4 pequeños para las pruebas, con la forma que escribe Polyglot.</summary>
internal static class NotebookJson
{
    public static JsonObject Markdown(string source) =>
        new()
        {
            ["cell_type"] = "markdown",
            ["metadata"] = new JsonObject(),
            ["source"] = Lines(source),
        };

    public static JsonObject Code(string source, int? count = null, params JsonObject[] outputs) =>
        new()
        {
            ["cell_type"] = "code",
            ["execution_count"] = count,
            ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
            ["outputs"] = new JsonArray(outputs.Select(o => (JsonNode)o).ToArray()),
            ["source"] = Lines(source),
        };

    public static JsonObject Stream(string name, string text) =>
        new()
        {
            ["output_type"] = "stream",
            ["name"] = name,
            ["text"] = Lines(text),
        };

    public static JsonObject Result(int count, JsonObject data) =>
        new()
        {
            ["output_type"] = "execute_result",
            ["execution_count"] = count,
            ["metadata"] = new JsonObject(),
            ["data"] = data,
        };

    public static JsonObject Display(JsonObject data) =>
        new()
        {
            ["output_type"] = "display_data",
            ["metadata"] = new JsonObject(),
            ["data"] = data,
        };

    public static JsonObject Error(string name, string value, params string[] traceback) =>
        new()
        {
            ["output_type"] = "error",
            ["ename"] = name,
            ["evalue"] = value,
            ["traceback"] = new JsonArray(traceback.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
        };

    public static JsonObject Notebook(params JsonObject[] cells) =>
        new()
        {
            ["cells"] = new JsonArray(cells.Select(c => (JsonNode)c).ToArray()),
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject
                {
                    ["display_name"] = ".NET (C#)",
                    ["language"] = "C#",
                    ["name"] = ".net-csharp",
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };

    /// <summary>Escribe el cuaderno en <paramref name="directory"/>/<paramref name="fileName"/> y devuelve la ruta.</summary>
    public static string Save(this JsonObject notebook, string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    /// <summary>Como nbformat: lista de líneas, cada una con su salto salvo la última.</summary>
    private static JsonArray Lines(string text)
    {
        var parts = text.Split('\n');
        var lines = parts.Select((p, i) => i < parts.Length - 1 ? p + "\n" : p).Where(l => l.Length > 0);
        return new JsonArray(lines.Select(l => (JsonNode)JsonValue.Create(l)!).ToArray());
    }
}
