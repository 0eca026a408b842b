using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookFormat;

namespace NotebookBook.Tests;

public class OutputRendererTests
{
    private static RichOutput Rich(JsonObject data, bool result = false) =>
        new(result, data.ToDictionary(p => p.Key, p => p.Value!.DeepClone()));

    [Fact]
    public void Stdout_and_stderr_are_separate_styled_blocks_and_consecutive_pieces_merge()
    {
        var html = OutputRenderer.Render(
            [
                new StreamOutput("stdout", "época 1\n"),
                new StreamOutput("stdout", "época 2\n"),
                new StreamOutput("stderr", "aviso <cuidado>\n"),
                new StreamOutput("stdout", "fin\n"),
            ],
            new PageState()
        );

        Assert.Equal(
            "<div class=\"output output-stdout\"><pre>época 1\népoca 2\n</pre></div>\n"
                + "<div class=\"output output-stderr\"><pre>aviso &lt;cuidado&gt;\n</pre></div>\n"
                + "<div class=\"output output-stdout\"><pre>fin\n</pre></div>\n",
            html
        );
    }

    [Fact]
    public void Console_text_loses_ansi_colours_and_keeps_what_follows_a_carriage_return()
    {
        var html = OutputRenderer.RenderStream(
            new StreamOutput("stdout", "\u001b[1;32mOK\u001b[0m\r\n10%\r50%\r100%\nhecho")
        );

        Assert.Equal("<div class=\"output output-stdout\"><pre>OK\n100%\nhecho</pre></div>\n", html);
    }

    [Fact]
    public void An_error_shows_name_message_and_a_traceback_without_escape_sequences()
    {
        var html = OutputRenderer.RenderError(
            new ErrorOutput(
                "System.FormatException",
                "La cadena 'uno' no es un número.",
                [
                    "\u001b[0;31mSystem.FormatException\u001b[0m: La cadena 'uno' no es un número.",
                    "   at Submission#5 in celda 8: línea 2",
                ]
            )
        );

        Assert.StartsWith("<div class=\"output output-error\" role=\"alert\">", html);
        Assert.Contains(
            "<p class=\"error-title\"><strong>System.FormatException</strong>: La cadena &#39;uno&#39; no es un número.</p>",
            html
        );
        Assert.Contains(
            "<pre>System.FormatException: La cadena &#39;uno&#39; no es un número.\n   at Submission#5 in celda 8: línea 2</pre>",
            html
        );
        Assert.DoesNotContain("\u001b", html);
    }

    [Fact]
    public void Plain_text_result_is_escaped_in_a_pre()
    {
        var html = OutputRenderer.RenderRich(
            Rich(new JsonObject { ["text/plain"] = "List<double> { 1 }" }, result: true),
            new PageState()
        );

        Assert.Equal("<div class=\"output output-result\"><pre>List&lt;double&gt; { 1 }</pre></div>\n", html);
    }

    [Fact]
    public void Html_is_inserted_as_is_and_a_plotly_call_in_it_asks_for_plotly_js()
    {
        var quiet = new PageState();
        var table = OutputRenderer.RenderRich(
            Rich(new JsonObject { ["text/html"] = "<table><tr><td>1</td></tr></table>", ["text/plain"] = "x" }),
            quiet
        );
        var chartPage = new PageState();
        OutputRenderer.RenderRich(
            Rich(new JsonObject { ["text/html"] = "<div id=\"a\"></div><script>Plotly.newPlot('a', [])</script>" }),
            chartPage
        );

        Assert.Equal(
            "<div class=\"output output-display\"><div class=\"html-output\"><table><tr><td>1</td></tr></table></div></div>\n",
            table
        );
        Assert.False(quiet.UsesPlotly);
        Assert.True(chartPage.UsesPlotly);
    }

    [Fact]
    public void Png_and_svg_become_data_uris_that_decode_to_the_original_bytes()
    {
        byte[] pngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var png = OutputRenderer.RenderRich(
            Rich(
                new JsonObject
                {
                    // nbformat permite saltos de línea dentro del base64.
                    ["image/png"] = Convert.ToBase64String(pngBytes).Insert(4, "\n"),
                    ["text/plain"] = "<Imagen>",
                }
            ),
            new PageState()
        );
        const string svgText =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><circle r=\"4\"/></svg>";
        var svg = OutputRenderer.RenderRich(Rich(new JsonObject { ["image/svg+xml"] = svgText }), new PageState());

        Assert.Equal(pngBytes, Convert.FromBase64String(DataUri(png, "image/png")));
        Assert.Equal(svgText, Encoding.UTF8.GetString(Convert.FromBase64String(DataUri(svg, "image/svg+xml"))));
    }

    [Fact]
    public void Broken_base64_falls_back_to_the_next_representation()
    {
        var html = OutputRenderer.RenderRich(
            Rich(new JsonObject { ["image/png"] = "esto no es base64!", ["text/plain"] = "figura" }),
            new PageState()
        );

        Assert.Equal("<div class=\"output output-display\"><pre>figura</pre></div>\n", html);
    }

    [Fact]
    public void Markdown_and_latex_outputs_become_formatted_text_and_math()
    {
        var markdown = OutputRenderer.RenderRich(
            Rich(new JsonObject { ["text/markdown"] = "**Pérdida** $L_{CE}$" }),
            new PageState()
        );
        var latex = OutputRenderer.RenderRich(
            Rich(new JsonObject { ["text/latex"] = "$$\\frac{1}{1+e^{-z}}$$" }),
            new PageState()
        );

        Assert.Contains("<strong>Pérdida</strong> <span class=\"math math-inline\">L_{CE}</span>", markdown);
        Assert.Equal(
            "<div class=\"output output-display\"><div class=\"math math-display\">\\frac{1}{1+e^{-z}}</div></div>\n",
            latex
        );
    }

    [Fact]
    public void Json_output_is_pretty_printed()
    {
        var html = OutputRenderer.RenderRich(
            Rich(new JsonObject { ["application/json"] = new JsonArray(1, 2) }),
            new PageState()
        );

        Assert.Equal("<div class=\"output output-display\"><pre>[\n  1,\n  2\n]</pre></div>\n", html);
    }

    [Fact]
    public void A_plotly_figure_becomes_a_div_and_its_exact_json_for_newPlot()
    {
        var figure = new JsonObject
        {
            ["data"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "scatter",
                    ["x"] = new JsonArray(1, 2),
                    ["y"] = new JsonArray(3, 4),
                    ["name"] = "σ(z)",
                }
            ),
            ["layout"] = new JsonObject { ["title"] = new JsonObject { ["text"] = "Pérdida" } },
            ["config"] = new JsonObject { ["responsive"] = true },
        };
        var page = new PageState();
        var first = OutputRenderer.RenderRich(
            Rich(
                new JsonObject
                {
                    ["application/vnd.plotly.v1+json"] = figure.DeepClone(),
                    ["text/html"] = "<b>no</b>",
                    ["text/plain"] = "GenericChart",
                }
            ),
            page
        );
        var second = OutputRenderer.RenderRich(
            Rich(new JsonObject { ["application/vnd.plotly.v1+json"] = figure.ToJsonString() }),
            page
        );

        Assert.True(page.UsesPlotly);
        Assert.Contains("<div class=\"plotly-chart\" id=\"grafico-1\"></div>", first);
        Assert.Contains("<div class=\"plotly-chart\" id=\"grafico-2\"></div>", second);
        Assert.DoesNotContain("<b>no</b>", first);
        Assert.True(JsonNode.DeepEquals(figure, JsonNode.Parse(FigureJson(first, "grafico-1"))));
        Assert.True(JsonNode.DeepEquals(figure, JsonNode.Parse(FigureJson(second, "grafico-2"))));
    }

    [Fact]
    public void Text_inside_a_figure_cannot_close_the_script_that_carries_it()
    {
        var figure = new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject { ["name"] = "</script><script>alert(1)</script>" }),
        };
        var html = OutputRenderer.RenderRich(
            Rich(new JsonObject { ["application/vnd.plotly.v1+json"] = figure }),
            new PageState()
        );

        Assert.Equal(1, HtmlText.Count(html, "</script>"));
        Assert.Equal(
            "</script><script>alert(1)</script>",
            JsonNode.Parse(FigureJson(html, "grafico-1"))!["data"]![0]!["name"]!.GetValue<string>()
        );
    }

    [Fact]
    public void A_chart_with_a_png_copy_shows_it_to_readers_without_javascript()
    {
        var html = OutputRenderer.RenderRich(
            Rich(
                new JsonObject
                {
                    ["application/vnd.plotly.v1+json"] = new JsonObject { ["data"] = new JsonArray() },
                    ["image/png"] = Convert.ToBase64String([1, 2, 3]),
                }
            ),
            new PageState()
        );

        Assert.Contains("<noscript><img src=\"data:image/png;base64,AQID\" alt=\"Imagen de salida\"></noscript>", html);
    }

    [Fact]
    public void A_broken_plotly_payload_falls_back_to_text()
    {
        var page = new PageState();
        var html = OutputRenderer.RenderRich(
            Rich(new JsonObject { ["application/vnd.plotly.v1+json"] = "{roto", ["text/plain"] = "GenericChart" }),
            page
        );

        Assert.Equal("<div class=\"output output-display\"><pre>GenericChart</pre></div>\n", html);
        Assert.False(page.UsesPlotly);
    }

    [Fact]
    public void An_output_with_no_known_type_says_which_types_it_had()
    {
        var html = OutputRenderer.RenderRich(
            Rich(new JsonObject { ["application/x-desconocido"] = "?" }),
            new PageState()
        );

        Assert.Contains("Salida sin representación que se pueda mostrar: application/x-desconocido", html);
    }

    private static string DataUri(string html, string mime) =>
        Regex.Match(html, $"src=\"data:{Regex.Escape(mime)};base64,([^\"]*)\"").Groups[1].Value;

    private static string FigureJson(string html, string id) =>
        Regex
            .Match(
                html,
                $"<script type=\"application/json\" class=\"plotly-figure\" data-chart=\"{id}\">(.*?)</script>"
            )
            .Groups[1]
            .Value;
}
