using System.Text.Json.Nodes;
using NotebookFormat;

namespace NotebookBook;

/// <summary>
/// Un archivo Markdown (el README, por ejemplo) visto como un cuaderno de una sola celda de texto, para que el libro lo
/// pinte con las mismas reglas que los capítulos: fórmulas, enlaces a capítulos e imágenes junto al archivo.
/// </summary>
internal static class MarkdownFile
{
    /// <summary>Lee <paramref name="path"/> como un cuaderno cuya única celda es su texto.</summary>
    public static Notebook Read(string path)
    {
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject(),
            ["cells"] = new JsonArray(
                new JsonObject
                {
                    ["cell_type"] = "markdown",
                    ["metadata"] = new JsonObject(),
                    ["source"] = File.ReadAllText(path),
                }
            ),
        };
        return Notebook.Parse(notebook.ToJsonString(), path);
    }
}
