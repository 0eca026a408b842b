using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NotebookBook;

/// <summary>
/// Markdown → HTML con Markdig (extensiones avanzadas: tablas, fórmulas, listas de tareas, identificadores de
/// encabezado como los de GitHub) y fórmulas listas para KaTeX. Las fórmulas quedan protegidas: Markdig las reconoce
/// antes que el énfasis, así que <c>$a_1 * b_2$</c> conserva sus guiones bajos y asteriscos.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            // Antes que UseAdvancedExtensions para que gane este estilo: los títulos conservan las tildes
            // ("#1-introducción"), como los enlaces internos del tutorial.
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAdvancedExtensions();
        // Los atributos genéricos ({#id .clase}) leerían las llaves de una fórmula al final de un título
        // («### 3.6 $\hat{y} - y$») como atributos y cortarían el título: en un cuaderno no se usan.
        builder.Extensions.RemoveAll(extension =>
            extension is Markdig.Extensions.GenericAttributes.GenericAttributesExtension
        );
        builder.Extensions.Add(new KatexMathExtension());
        return builder.Build();
    }

    /// <summary>Analiza <paramref name="markdown"/> con el mismo pipeline que usa <see cref="Render"/>.</summary>
    public static MarkdownDocument Parse(string markdown) =>
        Markdown.Parse(DisplayMathLines.Normalize(markdown), Pipeline);

    /// <summary>
    /// HTML de <paramref name="markdown"/>. <paramref name="rewriteUrl"/> recibe la URL de cada enlace o imagen
    /// (y si es imagen) y devuelve la que se escribe: así se copian las imágenes relativas al cuaderno. También las de
    /// una etiqueta <c>&lt;img src="…"&gt;</c> escrita en línea (el README las usa para fijar el ancho).
    /// </summary>
    public static string Render(string markdown, Func<string, bool, string>? rewriteUrl = null)
    {
        var document = Parse(markdown);
        if (rewriteUrl is not null)
        {
            foreach (var link in document.Descendants<LinkInline>())
                if (link.Url is { Length: > 0 } url)
                    link.Url = rewriteUrl(url, link.IsImage);
            foreach (var html in document.Descendants<HtmlInline>())
                html.Tag = ImageSource.Replace(
                    html.Tag,
                    m => m.Groups[1].Value + rewriteUrl(m.Groups[2].Value, true) + "\""
                );
        }
        return RenderWith(renderer => renderer.Render(document));
    }

    /// <summary>Sólo el contenido en línea de un bloque (un título, un párrafo), sin la etiqueta que lo envuelve.</summary>
    public static string RenderInline(LeafBlock block) => RenderWith(renderer => renderer.WriteLeafInline(block));

    /// <summary>El texto llano de un bloque: literales, código y fórmulas (su TeX), sin marcas. Sirve para &lt;title&gt;.</summary>
    public static string PlainText(LeafBlock block)
    {
        if (block.Inline is null)
            return "";
        var text = new System.Text.StringBuilder();
        foreach (var inline in block.Inline.Descendants())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case Markdig.Extensions.Mathematics.MathInline math:
                    text.Append(math.Content.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }
        return text.ToString().Trim();
    }

    // El src="…" de una etiqueta <img> en HTML escrito a mano.
    private static readonly System.Text.RegularExpressions.Regex ImageSource = new(
        "(<img\\b[^>]*?\\bsrc=\")([^\"]*)\"",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    );

    private static string RenderWith(Action<HtmlRenderer> render)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        render(renderer);
        writer.Flush();
        return writer.ToString();
    }
}
