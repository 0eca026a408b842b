using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// Guarda como PNG los gráficos de las celdas etiquetadas <c>imagen:NOMBRE</c> (etiquetas de celda de Jupyter,
/// <c>metadata.tags</c>): así las imágenes del README salen de los propios capítulos ejecutados.
/// </summary>
public static class TaggedImages
{
    /// <summary>El prefijo de la etiqueta: <c>imagen:sigmoide</c> escribe <c>sigmoide.png</c>.</summary>
    public const string TagPrefix = "imagen:";

    /// <summary>
    /// Escribe en <paramref name="directory"/> el primer <c>image/png</c> de cada celda etiquetada de
    /// <paramref name="notebook"/>. Devuelve los archivos escritos y, aparte, avisos en español (una celda etiquetada
    /// sin imagen, por ejemplo porque no había Chromium).
    /// </summary>
    public static (IReadOnlyList<string> Written, IReadOnlyList<string> Warnings) Export(
        Notebook notebook,
        string directory
    )
    {
        var written = new List<string>();
        var warnings = new List<string>();
        var number = 0;
        foreach (var cell in notebook.Cells)
        {
            number++;
            foreach (var name in ImageNames(cell))
            {
                if (FirstPng(cell) is not { } base64)
                {
                    warnings.Add(
                        $"{Path.GetFileName(notebook.Path)}, celda {number}: la etiqueta «{TagPrefix}{name}» pide una imagen, "
                            + "pero la celda no tiene ninguna salida image/png (¿está instalado Chromium? ¿se usó --no-images?)."
                    );
                    continue;
                }
                Directory.CreateDirectory(directory);
                var path = Path.Combine(directory, name + ".png");
                var temporary = path + $".{Guid.NewGuid():N}.tmp";
                File.WriteAllBytes(temporary, Convert.FromBase64String(base64));
                File.Move(temporary, path, overwrite: true);
                written.Add(path);
            }
        }
        return (written, warnings);
    }

    private static IEnumerable<string> ImageNames(NotebookCell cell)
    {
        if (cell.Json["metadata"]?["tags"] is not JsonArray tags)
            yield break;
        foreach (var tag in tags)
        {
            var text = tag?.GetValue<string>() ?? "";
            if (!text.StartsWith(TagPrefix, StringComparison.Ordinal))
                continue;
            var name = text[TagPrefix.Length..];
            if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains(".."))
                throw new ArgumentException(
                    $"La etiqueta de celda «{text}» no da un nombre de archivo válido: se esperaba «{TagPrefix}nombre».",
                    nameof(cell)
                );
            yield return name;
        }
    }

    private static string? FirstPng(NotebookCell cell) =>
        cell
            .Outputs.OfType<JsonObject>()
            .Select(output => output["data"]?["image/png"])
            .Select(png =>
                png is JsonArray lines
                    ? string.Concat(lines.Select(l => l?.GetValue<string>()))
                    : png?.GetValue<string>()
            )
            .FirstOrDefault(png => !string.IsNullOrEmpty(png));
}
