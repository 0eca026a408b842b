using System.Text;
using System.Text.RegularExpressions;

namespace NotebookBook;

/// <summary>Limpia el texto de consola para mostrarlo en HTML: secuencias ANSI de color y retornos de carro.</summary>
internal static partial class Ansi
{
    // CSI (colores, cursor: ESC [ … letra) y OSC (títulos, enlaces: ESC ] … BEL o ESC \).
    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)|\x1B[@-Z\\-_]")]
    private static partial Regex EscapeSequence();

    /// <summary>El texto sin secuencias de escape ANSI.</summary>
    public static string Strip(string text) => EscapeSequence().Replace(text, "");

    /// <summary>
    /// Como lo vería una terminal: un <c>\r</c> sin <c>\n</c> vuelve al principio de la línea (barras de progreso),
    /// así que de cada línea queda lo escrito tras el último <c>\r</c>.
    /// </summary>
    public static string ApplyCarriageReturns(string text)
    {
        if (!text.Contains('\r'))
            return text;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                result.Append('\n');
            var line = lines[i];
            var lastReturn = line.TrimEnd('\r').LastIndexOf('\r');
            result.Append(lastReturn < 0 ? line.TrimEnd('\r') : line[(lastReturn + 1)..].TrimEnd('\r'));
        }
        return result.ToString();
    }

    /// <summary>Texto de consola listo para un &lt;pre&gt; (aún sin escapar para HTML).</summary>
    public static string Clean(string text) => ApplyCarriageReturns(Strip(text));
}
