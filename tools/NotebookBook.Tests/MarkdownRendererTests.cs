using CsCheck;
using Markdig.Syntax;

namespace NotebookBook.Tests;

public class MarkdownRendererTests
{
    [Fact]
    public void Math_keeps_underscores_and_asterisks_instead_of_becoming_emphasis()
    {
        var html = MarkdownRenderer.Render("El producto $a_1 * b_2$ y $x_i * y_i$ son fórmulas.");

        Assert.Contains("<span class=\"math math-inline\">a_1 * b_2</span>", html);
        Assert.Contains("<span class=\"math math-inline\">x_i * y_i</span>", html);
        Assert.DoesNotContain("<em>", html);
    }

    [Fact]
    public void Tutorial_formulas_keep_their_backslashes_and_braces()
    {
        var html = MarkdownRenderer.Render(
            @"La sigmoide $\sigma(z)=\frac{1}{1+e^{-z}}$ y $$ L_{CE} = -[y \log{\hat{y}} + (1-y) \log(1- \hat{y})] $$"
        );

        Assert.Contains(@"<span class=""math math-inline"">\sigma(z)=\frac{1}{1+e^{-z}}</span>", html);
        Assert.Contains(
            @"<span class=""math math-display"">L_{CE} = -[y \log{\hat{y}} + (1-y) \log(1- \hat{y})]</span>",
            html
        );
    }

    [Fact]
    public void Double_dollars_are_display_math_both_inside_a_paragraph_and_as_a_block()
    {
        var inParagraph = MarkdownRenderer.Render(
            "Si la red predice ($\\hat{y} = 0.9$):\n$$ L_{CE} = - \\log 0.9 = 0.105 $$"
        );
        var block = MarkdownRenderer.Render("$$\n{softmax}(z_i) = \\frac{exp(z_i)}{\\sum_{j=1}^K exp(z_j)}\n$$");

        Assert.Contains("<span class=\"math math-inline\">\\hat{y} = 0.9</span>", inParagraph);
        Assert.Contains("<span class=\"math math-display\">L_{CE} = - \\log 0.9 = 0.105</span>", inParagraph);
        Assert.Contains(
            "<div class=\"math math-display\">{softmax}(z_i) = \\frac{exp(z_i)}{\\sum_{j=1}^K exp(z_j)}\n</div>",
            block
        );
    }

    [Fact]
    public void Display_math_spanning_several_lines_is_one_formula_not_a_list()
    {
        var html = MarkdownRenderer.Render("Antes:\n\n$$ a = b\n  + c $$\n\nDespués, `$$ x\ny $$` en código.");

        Assert.Contains("<div class=\"math math-display\">a = b\n  + c\n</div>", html);
        Assert.DoesNotContain("<li>", html);
        Assert.Contains("<code>$$ x y $$</code>", html);
    }

    [Fact]
    public void Heading_ending_in_math_with_braces_keeps_the_whole_formula()
    {
        var html = MarkdownRenderer.Render("### 3.6 Comprobación de $\\hat{y} - y$");

        Assert.Contains("<span class=\"math math-inline\">\\hat{y} - y</span>", html);
    }

    [Fact]
    public void Unclosed_double_dollars_and_fenced_code_are_left_alone()
    {
        var unclosed = MarkdownRenderer.Render("$$ a = b\n\nno se cierra");
        var fenced = MarkdownRenderer.Render("```\n$$ a\nb $$\n```");

        Assert.DoesNotContain("math-display", unclosed);
        Assert.Contains("$$ a\nb $$", fenced);
        Assert.DoesNotContain("math-display", fenced);
    }

    [Fact]
    public void Html_special_characters_inside_math_are_escaped_not_interpreted()
    {
        var html = MarkdownRenderer.Render("Si $a<b$ y $c>d$ entonces $p \\& q$.");

        Assert.Contains("<span class=\"math math-inline\">a&lt;b</span>", html);
        Assert.Contains("<span class=\"math math-inline\">c&gt;d</span>", html);
        Assert.Contains("<span class=\"math math-inline\">p \\&amp; q</span>", html);
    }

    [Fact]
    public void Dollar_signs_used_as_currency_and_dollars_in_code_stay_text()
    {
        var html = MarkdownRenderer.Render(
            "Cuesta 5$ y 6$.\n\n```csharp\nvar s = $\"{x}\" + $\"{y}\";\n```\n\nEn línea: `$x$`."
        );

        Assert.DoesNotContain("class=\"math", html);
        Assert.Contains("Cuesta 5$ y 6$.", html);
        Assert.Contains("<code>$x$</code>", html);
    }

    [Fact]
    public void Any_simple_tex_between_dollars_reaches_the_page_unchanged()
    {
        var edge = Gen.Char["abxyzAB0123"];
        var middle = Gen.Char["abcxyz0123_*^{}+-=()[] ,.|<>&\\"].Array[0, 30];
        Gen.Select(edge, middle, edge)
            .Sample(
                (first, inner, last) =>
                {
                    var tex = first + new string(inner) + last;
                    var html = MarkdownRenderer.Render($"antes ${tex}$ después");
                    return html.Contains($"<span class=\"math math-inline\">{Html.Encode(tex)}</span>");
                }
            );
    }

    [Fact]
    public void Tables_lists_emphasis_and_code_are_rendered()
    {
        var html = MarkdownRenderer.Render(
            """
            | $z$ | $\sigma(z)$ |
            |---:|---:|
            | 0 | 0,5 |

            - una **función de pérdida**;
            - un _optimizador_.

            ```csharp
            var x = 1;
            ```
            """
        );

        Assert.Contains("<table>", html);
        Assert.Contains(
            "<th style=\"text-align: right;\"><span class=\"math math-inline\">\\sigma(z)</span></th>",
            html
        );
        Assert.Contains("<li>una <strong>función de pérdida</strong>;</li>", html);
        Assert.Contains("<em>optimizador</em>", html);
        Assert.Contains("<pre><code class=\"language-csharp\">var x = 1;\n</code></pre>", html);
    }

    [Fact]
    public void Heading_identifiers_keep_accents_like_the_tutorial_links()
    {
        var html = MarkdownRenderer.Render("## 1. Introducción\n\n[ir](#1-introducción)");

        Assert.Contains("<h2 id=\"1-introducción\">1. Introducción</h2>", html);
    }

    [Fact]
    public void Links_and_images_go_through_the_rewriter_with_their_kind()
    {
        var seen = new List<(string, bool)>();
        var html = MarkdownRenderer.Render(
            "![Figura 1](img/figura%201.png) y [capítulo 2](02-x.ipynb#a)",
            (url, image) =>
            {
                seen.Add((url, image));
                return image ? "media/f.png" : "02-x.html#a";
            }
        );

        Assert.Equal([("img/figura%201.png", true), ("02-x.ipynb#a", false)], seen);
        Assert.Contains("<img src=\"media/f.png\" alt=\"Figura 1\" />", html);
        Assert.Contains("<a href=\"02-x.html#a\">capítulo 2</a>", html);
    }

    [Fact]
    public void An_inline_html_image_goes_through_the_rewriter_and_keeps_its_other_attributes()
    {
        var html = MarkdownRenderer.Render(
            "| a |\n|---|\n| <img src=\"images/sigmoide.png\" alt=\"sigmoide\" width=\"280\"> |",
            (url, image) => image && url == "images/sigmoide.png" ? "media/s.png" : "mal"
        );

        Assert.Contains("<img src=\"media/s.png\" alt=\"sigmoide\" width=\"280\">", html);
    }

    [Fact]
    public void Plain_text_of_a_heading_drops_marks_and_keeps_the_tex()
    {
        var heading = MarkdownRenderer
            .Parse("# La *sigmoide* $\\sigma$ y `Sigmoid`")
            .Descendants<HeadingBlock>()
            .Single();

        Assert.Equal("La sigmoide \\sigma y Sigmoid", MarkdownRenderer.PlainText(heading));
        Assert.Equal(
            "La <em>sigmoide</em> <span class=\"math math-inline\">\\sigma</span> y <code>Sigmoid</code>",
            MarkdownRenderer.RenderInline(heading)
        );
    }
}
