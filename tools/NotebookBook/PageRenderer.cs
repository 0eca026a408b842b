using System.Text;
using NotebookFormat;

namespace NotebookBook;

/// <summary>La página HTML de un capítulo: cabecera, navegación anterior/índice/siguiente, celdas y scripts locales.</summary>
internal static class PageRenderer
{
    /// <summary>El HTML completo de <paramref name="chapter"/>.</summary>
    public static string Render(
        Chapter chapter,
        Chapter? previous,
        Chapter? next,
        string bookTitle,
        LinkRewriter? links
    )
    {
        var body = new StringBuilder();
        // Las salidas text/markdown también pueden mostrar imágenes relativas al cuaderno.
        var page = new PageState(links?.For(chapter.Notebook, new Dictionary<string, string>()));
        foreach (var cell in chapter.Notebook.Cells)
        {
            body.Append(
                cell.Kind switch
                {
                    CellKind.Markdown => RenderMarkdown(cell, chapter.Notebook, links),
                    CellKind.Code => RenderCode(cell, page),
                    _ => cell.Source.Length == 0
                        ? ""
                        : $"<pre class=\"cell raw-cell\">{Html.Encode(cell.Source)}</pre>\n",
                }
            );
        }

        var navigation = Navigation(previous, next);
        var html = new StringBuilder();
        html.Append(Layout.Head($"{chapter.TitleText} · {bookTitle}"));
        html.Append(navigation);
        html.Append("<main class=\"chapter\">\n").Append(body).Append("</main>\n");
        html.Append(navigation);
        html.Append(Layout.Scripts(page.UsesPlotly));
        return html.ToString();
    }

    private static string RenderMarkdown(NotebookCell cell, Notebook notebook, LinkRewriter? links)
    {
        var rewrite = links?.For(notebook, cell.Attachments);
        return $"<section class=\"cell markdown-cell\">\n{MarkdownRenderer.Render(cell.Source, rewrite)}</section>\n";
    }

    /// <summary>Una celda de código: su número de ejecución (<c>[3]</c>, <c>[ ]</c> si no se ejecutó), el código coloreado y sus salidas.</summary>
    public static string RenderCode(NotebookCell cell, PageState page)
    {
        if (string.IsNullOrWhiteSpace(cell.Source) && cell.Outputs.Count == 0)
            return "";
        var prompt = cell.ExecutionCount is { } count ? $"[{count}]:" : "[ ]:";
        var code = cell.Language == "csharp" ? CSharpHighlighter.ToHtml(cell.Source) : Html.Encode(cell.Source);
        var html = new StringBuilder()
            .Append("<div class=\"cell code-cell\">\n")
            .Append(
                $"<div class=\"input\"><span class=\"prompt\" aria-label=\"Ejecución {Html.Encode(prompt)}\">{prompt}</span>"
            )
            .Append(
                $"<pre class=\"source\"><code class=\"language-{Html.Encode(cell.Language)}\">{code}</code></pre></div>\n"
            );
        if (cell.Outputs.Count > 0)
            html.Append("<div class=\"outputs\">\n")
                .Append(OutputRenderer.Render(cell.Outputs, page))
                .Append("</div>\n");
        return html.Append("</div>\n").ToString();
    }

    /// <summary>Enlaces al capítulo anterior, al índice y al siguiente (con su título).</summary>
    public static string Navigation(Chapter? previous, Chapter? next)
    {
        var html = new StringBuilder("<nav class=\"chapter-nav\" aria-label=\"Capítulos\">");
        html.Append(
            previous is null
                ? "<span class=\"nav-prev\"></span>"
                : $"<a class=\"nav-prev\" rel=\"prev\" href=\"{Href(previous)}\">← {previous.TitleHtml}</a>"
        );
        html.Append("<a class=\"nav-index\" href=\"index.html\">Índice</a>");
        html.Append(
            next is null
                ? "<span class=\"nav-next\"></span>"
                : $"<a class=\"nav-next\" rel=\"next\" href=\"{Href(next)}\">{next.TitleHtml} →</a>"
        );
        return html.Append("</nav>\n").ToString();
    }

    /// <summary>El enlace relativo a la página de un capítulo, escapado para un atributo.</summary>
    public static string Href(Chapter chapter) => Html.Encode(Uri.EscapeDataString(chapter.PageFileName));
}
