using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NotebookFormat;

namespace NotebookBook;

/// <summary>Las salidas de una celda de código en HTML, en su orden: flujos, valores, gráficos y errores.</summary>
internal static class OutputRenderer
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>HTML de todas las salidas; los flujos seguidos del mismo nombre se unen, como hace Jupyter.</summary>
    public static string Render(IReadOnlyList<NotebookOutput> outputs, PageState page)
    {
        var html = new StringBuilder();
        foreach (var output in StreamMerging.Merged(outputs))
        {
            html.Append(
                output switch
                {
                    StreamOutput stream => RenderStream(stream),
                    RichOutput rich => RenderRich(rich, page),
                    ErrorOutput error => RenderError(error),
                    _ => "",
                }
            );
        }
        return html.ToString();
    }

    /// <summary><c>stdout</c> y <c>stderr</c> en un &lt;pre&gt; cada uno, con clases distintas.</summary>
    public static string RenderStream(StreamOutput stream)
    {
        var kind = stream.Name == "stderr" ? "stderr" : "stdout";
        return Wrap(kind, $"<pre>{Encode(Ansi.Clean(stream.Text))}</pre>");
    }

    /// <summary>Un error en un recuadro: nombre, mensaje y traza sin secuencias ANSI.</summary>
    public static string RenderError(ErrorOutput error)
    {
        var header =
            $"<p class=\"error-title\"><strong>{Encode(error.Name)}</strong>"
            + (error.Value.Length > 0 ? $": {Encode(error.Value)}" : "")
            + "</p>";
        var traceback = Ansi.Clean(string.Join('\n', error.Traceback)).Trim('\n');
        var body = traceback.Length > 0 ? $"<pre>{Encode(traceback)}</pre>" : "";
        return $"<div class=\"output output-error\" role=\"alert\">{header}{body}</div>\n";
    }

    /// <summary>La mejor representación de un valor mostrado; si una falla (JSON roto, base64 inválido) se prueba la siguiente.</summary>
    public static string RenderRich(RichOutput output, PageState page)
    {
        var kind = output.IsExecuteResult ? "result" : "display";
        foreach (var mime in MimeChooser.Priority)
        {
            if (!output.Data.TryGetValue(mime, out var value))
                continue;
            var html = RenderMime(mime, value, output.Data, page);
            if (html is not null)
                return Wrap(kind, html);
        }
        var types = string.Join(", ", output.Data.Keys);
        return Wrap(
            kind,
            $"<p class=\"output-unknown\">(Salida sin representación que se pueda mostrar: {Encode(types)})</p>"
        );
    }

    private static string? RenderMime(
        string mime,
        JsonNode value,
        IReadOnlyDictionary<string, JsonNode> all,
        PageState page
    )
    {
        switch (mime)
        {
            case MimeChooser.Plotly:
                return RenderPlotly(value, all, page);
            case MimeChooser.Html:
                var html = TextOf(value);
                // Un HTML de gráfico (div + Plotly.newPlot) necesita plotly.js cargado en la página.
                if (html.Contains("Plotly.", StringComparison.Ordinal))
                    page.MarkPlotlyUsed();
                return $"<div class=\"html-output\">{html}</div>";
            case MimeChooser.Svg:
                return Image("image/svg+xml", Convert.ToBase64String(Encoding.UTF8.GetBytes(TextOf(value))));
            case MimeChooser.Png or MimeChooser.Jpeg or MimeChooser.Gif:
                var base64 = new string(TextOf(value).Where(c => !char.IsWhiteSpace(c)).ToArray());
                return IsBase64(base64) ? Image(mime, base64) : null;
            case MimeChooser.Markdown:
                return $"<div class=\"markdown-output\">{MarkdownRenderer.Render(TextOf(value), page.RewriteUrl)}</div>";
            case MimeChooser.Latex:
                return $"<div class=\"math math-display\">{Encode(StripMathDelimiters(TextOf(value)))}</div>";
            case MimeChooser.Json:
                var json =
                    value is JsonValue text && text.TryGetValue(out string? raw) ? raw : value.ToJsonString(Indented);
                return $"<pre>{Encode(json)}</pre>";
            case MimeChooser.PlainText:
                return $"<pre>{Encode(Ansi.Clean(TextOf(value)))}</pre>";
            default:
                return null;
        }
    }

    /// <summary>
    /// El gráfico en vivo: un div vacío y la figura (data, layout, config) como JSON en un &lt;script
    /// type="application/json"&gt; que <c>book.js</c> pasa a <c>Plotly.newPlot</c>, como hace VS Code con este tipo MIME.
    /// Si el cuaderno trae también la imagen PNG, va en &lt;noscript&gt; para quien no ejecute JavaScript.
    /// </summary>
    private static string? RenderPlotly(JsonNode value, IReadOnlyDictionary<string, JsonNode> all, PageState page)
    {
        JsonNode? figure = value;
        if (value is JsonValue text && text.TryGetValue(out string? serialized))
        {
            try
            {
                figure = JsonNode.Parse(serialized);
            }
            catch (JsonException)
            {
                return null;
            }
        }
        if (figure is not JsonObject)
            return null;

        var id = page.NextChartId();
        // El codificador por defecto escapa <, > y &: ningún texto del gráfico puede cerrar el <script>.
        var json = figure.ToJsonString();
        var html = new StringBuilder()
            .Append($"<div class=\"plotly-chart\" id=\"{id}\"></div>")
            .Append($"<script type=\"application/json\" class=\"plotly-figure\" data-chart=\"{id}\">{json}</script>");
        if (all.TryGetValue(MimeChooser.Png, out var png))
        {
            var base64 = new string(TextOf(png).Where(c => !char.IsWhiteSpace(c)).ToArray());
            if (IsBase64(base64))
                html.Append("<noscript>").Append(Image(MimeChooser.Png, base64)).Append("</noscript>");
        }
        return html.ToString();
    }

    private static string StripMathDelimiters(string latex)
    {
        var trimmed = latex.Trim();
        foreach (var (open, close) in new[] { ("$$", "$$"), ("\\[", "\\]"), ("$", "$") })
        {
            if (
                trimmed.Length >= open.Length + close.Length
                && trimmed.StartsWith(open, StringComparison.Ordinal)
                && trimmed.EndsWith(close, StringComparison.Ordinal)
            )
                return trimmed[open.Length..^close.Length].Trim();
        }
        return trimmed;
    }

    private static string Image(string mime, string base64) =>
        $"<img src=\"data:{mime};base64,{base64}\" alt=\"Imagen de salida\">";

    private static bool IsBase64(string text) =>
        text.Length > 0 && Convert.TryFromBase64String(text, new byte[text.Length], out _);

    private static string TextOf(JsonNode node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : node.ToJsonString();

    private static string Wrap(string kind, string inner) => $"<div class=\"output output-{kind}\">{inner}</div>\n";

    private static string Encode(string text) => Html.Encode(text);
}
