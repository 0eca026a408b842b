namespace NotebookBook;

/// <summary>El principio y el final comunes a todas las páginas: UTF-8, español, CSS y scripts locales.</summary>
internal static class Layout
{
    /// <summary>Desde &lt;!DOCTYPE&gt; hasta la apertura de &lt;body&gt;.</summary>
    public static string Head(string title) =>
        $"""
            <!DOCTYPE html>
            <html lang="es">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)}</title>
            <link rel="stylesheet" href="{BookAssets.Folder}/katex/katex.min.css">
            <link rel="stylesheet" href="{BookAssets.Folder}/book.css">
            </head>
            <body>

            """;

    /// <summary>
    /// Los scripts, al final del cuerpo (el DOM ya está completo): KaTeX, plotly.js sólo si la página tiene gráficos
    /// (una vez por página) y <c>book.js</c>, que dibuja fórmulas y gráficos.
    /// </summary>
    public static string Scripts(bool usesPlotly) =>
        $"<script src=\"{BookAssets.Folder}/katex/katex.min.js\"></script>\n"
        + (usesPlotly ? $"<script src=\"{BookAssets.PlotlyScript}\"></script>\n" : "")
        + $"<script src=\"{BookAssets.Folder}/book.js\"></script>\n"
        + "</body>\n</html>\n";
}
