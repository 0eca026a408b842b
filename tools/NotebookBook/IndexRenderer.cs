using System.Text;

namespace NotebookBook;

/// <summary>La portada del libro: los capítulos en orden, con su título y el primer párrafo como resumen.</summary>
internal static class IndexRenderer
{
    /// <summary>El HTML completo de <c>index.html</c>.</summary>
    public static string Render(IReadOnlyList<Chapter> chapters, string bookTitle)
    {
        var html = new StringBuilder(Layout.Head(bookTitle));
        html.Append("<main class=\"book-index\">\n");
        html.Append($"<h1>{Html.Encode(bookTitle)}</h1>\n");
        html.Append("<ol class=\"chapters\">\n");
        foreach (var chapter in chapters)
        {
            html.Append($"<li><a href=\"{PageRenderer.Href(chapter)}\">{chapter.TitleHtml}</a>");
            if (chapter.SummaryHtml is not null)
                html.Append($"<p>{chapter.SummaryHtml}</p>");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</main>\n");
        html.Append(Layout.Scripts(usesPlotly: false));
        return html.ToString();
    }
}
