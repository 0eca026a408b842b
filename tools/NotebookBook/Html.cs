using System.Text;

namespace NotebookBook;

/// <summary>
/// Escapado HTML mínimo (&amp;, &lt;, &gt;, comillas). A mano porque <c>WebUtility.HtmlEncode</c> y
/// <c>HtmlEncoder.Default</c> convierten también las tildes en entidades (&amp;#225;), y las páginas son UTF-8 en español.
/// </summary>
internal static class Html
{
    /// <summary><paramref name="text"/> seguro dentro de un elemento o de un atributo entre comillas dobles.</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(
                c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    _ => null,
                } ?? c.ToString()
            );
        }
        return html.ToString();
    }
}
