using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace NotebookBook;

/// <summary>
/// Escribe las fórmulas que encontró la extensión Mathematics de Markdig como elementos <c>.math</c> con el TeX tal
/// cual (escapado), para que <c>book.js</c> los pase a <c>katex.render</c>. <c>$…$</c> va en línea; <c>$$…$$</c>, sea
/// en su propio bloque o dentro de un párrafo (así lo escribe el tutorial), va en modo display. Markdig por defecto
/// escribe <c>$$…$$</c> en línea como <c>\(…\)</c>, es decir, en línea.
/// </summary>
internal sealed class KatexMathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
            return;
        html.ObjectRenderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new InlineRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlMathBlockRenderer>(new BlockRenderer());
    }

    private sealed class InlineRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline math)
        {
            var display = math.DelimiterCount >= 2;
            renderer
                .Write(display ? "<span class=\"math math-display\">" : "<span class=\"math math-inline\">")
                .WriteEscape(math.Content.ToString().Trim())
                .Write("</span>");
        }
    }

    private sealed class BlockRenderer : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock math)
        {
            renderer.EnsureLine().Write("<div class=\"math math-display\">");
            renderer.WriteLeafRawLines(math, writeEndOfLines: true, escape: true);
            renderer.Write("</div>").WriteLine();
        }
    }
}
