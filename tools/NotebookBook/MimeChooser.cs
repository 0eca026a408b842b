using System.Text.Json.Nodes;

namespace NotebookBook;

/// <summary>
/// Elige, entre las representaciones de una salida, la más rica que la página sabe mostrar sin red: el gráfico
/// Plotly en vivo, luego HTML, imágenes, Markdown, LaTeX, JSON y por último texto llano. El orden sigue el de
/// nbconvert, con Plotly delante como hacen los renderizadores de VS Code.
/// </summary>
internal static class MimeChooser
{
    public const string Plotly = "application/vnd.plotly.v1+json";
    public const string Html = "text/html";
    public const string Svg = "image/svg+xml";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string Markdown = "text/markdown";
    public const string Latex = "text/latex";
    public const string Json = "application/json";
    public const string PlainText = "text/plain";

    /// <summary>Los tipos MIME que se saben mostrar, del preferido al último recurso.</summary>
    public static readonly IReadOnlyList<string> Priority =
    [
        Plotly,
        Html,
        Svg,
        Png,
        Jpeg,
        Gif,
        Markdown,
        Latex,
        Json,
        PlainText,
    ];

    /// <summary>El tipo preferido de <paramref name="data"/>, o <c>null</c> si no trae ninguno conocido.</summary>
    public static string? Choose(IReadOnlyDictionary<string, JsonNode> data) =>
        Priority.FirstOrDefault(data.ContainsKey);
}
