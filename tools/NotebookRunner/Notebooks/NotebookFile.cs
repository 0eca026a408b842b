using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>Lee y escribe archivos .ipynb (nbformat 4) con System.Text.Json.</summary>
public static class NotebookFile
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 1, // como Jupyter: los diffs de un cuaderno ejecutado aquí y allí se parecen
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Lee un cuaderno.</summary>
    /// <exception cref="NotebookFormatException">
    /// Si el archivo no es JSON válido (el mensaje da la línea y la posición) o no es un cuaderno nbformat 4.
    /// </exception>
    public static Notebook Read(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(
                File.ReadAllText(path),
                documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false }
            );
        }
        catch (JsonException exception)
        {
            throw new NotebookFormatException(
                $"{path} no es un JSON válido (línea {exception.LineNumber + 1}, posición {exception.BytePositionInLine + 1}): "
                    + "el cuaderno no se ejecutó y el archivo no se tocó.",
                exception
            );
        }
        if (root is not JsonObject notebook || notebook["cells"] is not JsonArray)
            throw new NotebookFormatException($"{path} es JSON pero no un cuaderno: falta la lista \"cells\".");
        var version = notebook["nbformat"]?.GetValue<int>();
        if (version != 4)
            throw new NotebookFormatException(
                $"{path} es un cuaderno nbformat {version?.ToString() ?? "(sin versión)"}; se esperaba nbformat 4."
            );
        return new Notebook(notebook, path);
    }

    /// <summary>Escribe el cuaderno en <paramref name="path"/> de forma atómica (archivo temporal y renombrado).</summary>
    public static void Write(Notebook notebook, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = File.Create(temporary))
            using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            {
                notebook.Root.WriteTo(writer);
                writer.Flush();
                stream.WriteByte((byte)'\n');
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
