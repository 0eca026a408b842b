using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// Un cuaderno nbformat 4 sobre su JSON original: se cambian solo las salidas y los contadores de ejecución, así que
/// los metadatos del cuaderno y de las celdas y cualquier campo desconocido se conservan tal cual.
/// </summary>
public sealed class Notebook
{
    private readonly JsonObject _root;

    internal Notebook(JsonObject root, string path)
    {
        _root = root;
        Path = path;
        Cells = (root["cells"] as JsonArray ?? [])
            .Select(
                (cell, index) =>
                    cell is JsonObject cellObject
                        ? new NotebookCell(cellObject)
                        : throw new NotebookFormatException($"{path}: la celda {index + 1} no es un objeto JSON.")
            )
            .ToList();
    }

    /// <summary>De dónde se leyó.</summary>
    public string Path { get; }

    /// <summary>Las celdas, en orden.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>Las celdas de código, en orden.</summary>
    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.IsCode);

    /// <summary>El título: el primer encabezado de markdown, o el nombre del archivo.</summary>
    public string Title =>
        Cells
            .Where(c => c.Type == "markdown")
            .SelectMany(c => c.Source.Split('\n'))
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith('#'))
            ?.TrimStart('#')
            .Trim()
        ?? System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>El JSON completo, para escribirlo.</summary>
    internal JsonObject Root => _root;
}
