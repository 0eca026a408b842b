using Markdig.Syntax;
using NotebookFormat;

namespace NotebookBook;

/// <summary>
/// Un cuaderno como capítulo del libro: su página (<c>NOMBRE.html</c>), su título (el primer <c># …</c>, o el nombre
/// del archivo si no tiene) en texto llano y en HTML, y el primer párrafo tras el título como resumen para el índice.
/// </summary>
internal sealed record Chapter(
    Notebook Notebook,
    string PageFileName,
    string TitleText,
    string TitleHtml,
    string? SummaryHtml
)
{
    /// <summary>Extrae título y resumen de las celdas Markdown de <paramref name="notebook"/>.</summary>
    public static Chapter From(Notebook notebook)
    {
        HeadingBlock? title = null;
        ParagraphBlock? summary = null;
        foreach (var cell in notebook.Cells.Where(c => c.Kind == CellKind.Markdown))
        {
            foreach (var block in MarkdownRenderer.Parse(cell.Source).Descendants())
            {
                if (title is null && block is HeadingBlock { Level: 1 } heading)
                    title = heading;
                else if (title is not null && block is ParagraphBlock paragraph && !IsOnlyImage(paragraph))
                {
                    summary = paragraph;
                    break;
                }
            }
            if (summary is not null)
                break;
        }

        var page = notebook.Name + ".html";
        var titleText = title is null ? "" : MarkdownRenderer.PlainText(title);
        if (title is null || titleText.Length == 0)
            return new Chapter(notebook, page, notebook.Name, Html.Encode(notebook.Name), null);
        return new Chapter(
            notebook,
            page,
            titleText,
            MarkdownRenderer.RenderInline(title),
            summary is null ? null : MarkdownRenderer.RenderInline(summary)
        );
    }

    private static bool IsOnlyImage(ParagraphBlock paragraph) =>
        paragraph.Inline?.All(i =>
            i is Markdig.Syntax.Inlines.LinkInline { IsImage: true } or Markdig.Syntax.Inlines.LineBreakInline
        ) ?? true;
}
