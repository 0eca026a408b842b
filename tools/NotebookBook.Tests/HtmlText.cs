using System.Net;
using System.Text.RegularExpressions;

namespace NotebookBook.Tests;

/// <summary>Utilidades para mirar dentro del HTML generado en las pruebas.</summary>
internal static partial class HtmlText
{
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    /// <summary>El texto visible: sin etiquetas y con las entidades decodificadas.</summary>
    public static string Visible(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    /// <summary>Los textos envueltos en <c>&lt;span class="clase"&gt;</c>, decodificados.</summary>
    public static IReadOnlyList<string> Spans(string html, string cssClass) =>
        Regex
            .Matches(html, $"<span class=\"{Regex.Escape(cssClass)}\">(.*?)</span>", RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .ToList();

    /// <summary>Cuántas veces aparece <paramref name="fragment"/> en <paramref name="html"/>.</summary>
    public static int Count(string html, string fragment) => Regex.Matches(html, Regex.Escape(fragment)).Count;
}
