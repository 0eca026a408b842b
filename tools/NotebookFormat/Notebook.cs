using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookFormat;

/// <summary>
/// Un cuaderno nbformat 4 ya validado, sobre su JSON original: al escribirlo se conservan los metadatos y cualquier
/// campo desconocido; solo cambian las ejecuciones que se hayan puesto con <see cref="NotebookCell.SetExecution"/>.
/// </summary>
public sealed class Notebook
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 1, // como Jupyter: los diffs de un cuaderno ejecutado aquí y allí se parecen
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonObject _root;

    internal Notebook(JsonObject root, string path, string defaultLanguage, IReadOnlyList<NotebookCell> cells)
    {
        _root = root;
        Path = path;
        DefaultLanguage = defaultLanguage;
        Cells = cells;
    }

    /// <summary>De dónde se leyó.</summary>
    public string Path { get; }

    /// <summary>El nombre del archivo sin extensión.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>El lenguaje de las celdas que no dicen el suyo (<c>csharp</c> en los cuadernos de Polyglot).</summary>
    public string DefaultLanguage { get; }

    /// <summary>Las celdas, en orden.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>Las celdas de código, en orden.</summary>
    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.IsCode);

    /// <summary>Lee y valida el cuaderno de <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">JSON mal formado o sin la forma de nbformat 4; el mensaje nombra archivo y campo.</exception>
    /// <exception cref="IOException">Si no se puede leer el archivo.</exception>
    public static Notebook Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No existe el cuaderno '{path}'.", path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Valida el texto JSON de un cuaderno; <paramref name="path"/> es el nombre que dan los mensajes.</summary>
    /// <exception cref="NotebookFormatException">JSON mal formado o sin la forma de nbformat 4.</exception>
    public static Notebook Parse(string json, string path) => NotebookReader.Parse(json, path);

    /// <summary>Escribe el cuaderno en <paramref name="path"/> de forma atómica (temporal y renombrado).</summary>
    public void Write(string path) =>
        AtomicFile.Write(
            path,
            stream =>
            {
                using (var writer = new Utf8JsonWriter(stream, WriterOptions))
                    _root.WriteTo(writer);
                stream.WriteByte((byte)'\n');
            }
        );
}
