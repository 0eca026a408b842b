using NotebookFormat;

namespace NotebookBook;

/// <summary>
/// Convierte cuadernos .ipynb ya ejecutados en un libro HTML que se lee sin red: una página por cuaderno
/// (<c>NOMBRE.html</c>), un <c>index.html</c> con los capítulos y los archivos estáticos (CSS, KaTeX, plotly.js).
/// </summary>
public static class BookWriter
{
    /// <summary>
    /// Lee los cuadernos de <paramref name="executedNotebookPaths"/> (todos antes de escribir nada: un cuaderno mal
    /// formado no deja un libro a medias) y escribe el libro como <see cref="Write(IReadOnlyList{Notebook}, string, BookOptions?)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Lista vacía, ruta vacía o dos cuadernos con el mismo nombre.</exception>
    /// <exception cref="FileNotFoundException">Un cuaderno no existe.</exception>
    /// <exception cref="NotebookFormatException">Un cuaderno no es JSON válido o no es nbformat 4; el mensaje lo nombra.</exception>
    public static BookResult Write(
        IReadOnlyList<string> executedNotebookPaths,
        string htmlOutputDirectory,
        BookOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(executedNotebookPaths);
        return Write(executedNotebookPaths.Select(Notebook.Read).ToList(), htmlOutputDirectory, options);
    }

    /// <summary>
    /// Escribe el libro de <paramref name="notebooks"/>, ya en memoria (el ejecutor pasa los que acaba de ejecutar), en
    /// <paramref name="htmlOutputDirectory"/> (la crea si no existe). Los capítulos siguen el orden de la lista; las
    /// imágenes relativas se buscan junto a <see cref="Notebook.Path"/> y en <see cref="BookOptions.ResourceDirectories"/>.
    /// Cada archivo se escribe de forma atómica.
    /// </summary>
    /// <returns>Las rutas escritas (índice y páginas) y los avisos.</returns>
    /// <exception cref="ArgumentException">Lista vacía, ruta vacía o dos cuadernos con el mismo nombre.</exception>
    public static BookResult Write(
        IReadOnlyList<Notebook> notebooks,
        string htmlOutputDirectory,
        BookOptions? options = null
    )
    {
        // Sin paramName: el mensaje ya nombra el argumento, y así no se le añade «(Parameter '…')» en inglés.
        if (notebooks is null || notebooks.Count == 0)
            throw new ArgumentException(
                $"notebooks {(notebooks is null ? "es null" : "está vacía")}, pero se esperaba al menos un cuaderno."
            );
        if (string.IsNullOrWhiteSpace(htmlOutputDirectory))
            throw new ArgumentException(
                "htmlOutputDirectory está vacío, pero se esperaba la carpeta de salida del libro."
            );
        options ??= new BookOptions();

        var duplicate = notebooks
            .GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException(
                $"notebooks tiene cuadernos que darían la misma página '{duplicate.Key}.html' ("
                    + string.Join(" y ", duplicate.Select(n => $"'{n.Path}'"))
                    + "), pero se esperaba una página por cuaderno."
            );
        var chapters = notebooks.Select(Chapter.From).ToList();

        var output = Path.GetFullPath(htmlOutputDirectory);
        Directory.CreateDirectory(output);
        BookAssets.WriteTo(output);

        var warnings = new List<string>();
        var links = new LinkRewriter(
            output,
            options.ResourceDirectories.Select(Path.GetFullPath).ToList(),
            chapters.Select(c => c.Notebook.Name).ToHashSet(),
            warnings
        );
        var pages = new List<string>(chapters.Count);
        for (var i = 0; i < chapters.Count; i++)
        {
            var previous = i > 0 ? chapters[i - 1] : null;
            var next = i + 1 < chapters.Count ? chapters[i + 1] : null;
            var path = Path.Combine(output, chapters[i].PageFileName);
            AtomicFile.WriteAllText(path, PageRenderer.Render(chapters[i], previous, next, options.Title, links));
            pages.Add(path);
        }

        // Los documentos Markdown que enlazan las páginas (y los que enlazan ellos): páginas sueltas, fuera del índice.
        while (links.TakePendingDocument() is var (documentPath, pageFileName))
        {
            var document = Chapter.From(MarkdownFile.Read(documentPath)) with { PageFileName = pageFileName };
            var path = Path.Combine(output, pageFileName);
            AtomicFile.WriteAllText(path, PageRenderer.Render(document, null, null, options.Title, links));
            pages.Add(path);
        }

        // El índice, al final: cuando aparece, todas las páginas que enlaza ya existen.
        var index = Path.Combine(output, "index.html");
        AtomicFile.WriteAllText(index, IndexRenderer.Render(chapters, options.Title));
        return new BookResult(index, pages, warnings);
    }
}
