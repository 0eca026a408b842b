using System.Text.Json.Nodes;
using NotebookFormat;

namespace NotebookRunner.Images;

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
        foreach (var cell in notebook.Cells)
        {
            foreach (var name in ImageNames(cell))
            {
                if (FirstPng(cell) is not { } base64)
                {
                    warnings.Add(
                        $"{Path.GetFileName(notebook.Path)}, celda {cell.Number}: la etiqueta «{TagPrefix}{name}» pide una imagen, "
                            + "pero la celda no tiene ninguna salida image/png (¿está instalado Chromium? ¿se usó --no-images?)."
                    );
                    continue;
                }
                var path = Path.Combine(directory, name + ".png");
                AtomicFile.WriteAllBytes(path, Convert.FromBase64String(base64));
                written.Add(path);
            }
        }
        return (written, warnings);
    }

    private static IEnumerable<string> ImageNames(NotebookCell cell)
    {
        foreach (var tag in cell.Tags)
        {
            if (!tag.StartsWith(TagPrefix, StringComparison.Ordinal))
                continue;
            var name = tag[TagPrefix.Length..];
            if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains(".."))
                throw new ArgumentException( // sin paramName, que añadiría «(Parameter 'cell')» en inglés
                    $"La etiqueta de celda «{tag}» no da un nombre de archivo válido, pero se esperaba «{TagPrefix}nombre»."
                );
            yield return name;
        }
    }

    private static string? FirstPng(NotebookCell cell) =>
        cell
            .Outputs.OfType<RichOutput>()
            .Select(output => output.Data.TryGetValue("image/png", out var png) ? png : null)
            .Select(png => png is JsonValue value && value.TryGetValue(out string? text) ? text : null)
            .FirstOrDefault(png => !string.IsNullOrEmpty(png));
}
