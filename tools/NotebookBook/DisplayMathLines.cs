using System.Text;

namespace NotebookBook;

/// <summary>
/// Pone en líneas propias los <c>$$</c> de una fórmula que empieza y acaba en líneas distintas
/// (<c>$$ a = b</c> … <c>+ c $$</c>), como los acepta Jupyter. Markdig solo reconoce un bloque de fórmula si
/// <c>$$</c> va solo en su línea; sin esto, la fórmula saldría como texto (y un <c>+</c> al empezar línea, como lista).
/// </summary>
internal static class DisplayMathLines
{
    public static string Normalize(string markdown)
    {
        if (!markdown.Contains("$$"))
            return markdown;
        var lines = markdown.Split('\n');
        var result = new StringBuilder(markdown.Length + 16);
        string? fence = null;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (fence is null && (trimmed.StartsWith("```") || trimmed.StartsWith("~~~")))
                fence = trimmed[..3];
            else if (fence is not null && trimmed.StartsWith(fence))
                fence = null;
            else if (fence is null && OpensUnclosed(trimmed) && FindClosing(lines, i + 1) is int end)
            {
                result.Append("$$\n").Append(trimmed[2..].Trim()).Append('\n');
                for (int j = i + 1; j < end; j++)
                    result.Append(lines[j]).Append('\n');
                var last = lines[end].TrimEnd();
                var body = last[..^2].TrimEnd();
                if (body.Trim().Length > 0)
                    result.Append(body).Append('\n');
                result.Append("$$");
                if (end < lines.Length - 1)
                    result.Append('\n');
                i = end;
                continue;
            }
            result.Append(line);
            if (i < lines.Length - 1)
                result.Append('\n');
        }
        return result.ToString();
    }

    /// <summary>Una línea que empieza con <c>$$</c> y algo de fórmula, sin cerrarla en la misma línea.</summary>
    private static bool OpensUnclosed(string trimmed) =>
        trimmed.StartsWith("$$") && trimmed.Length > 2 && !trimmed[2..].Contains("$$");

    /// <summary>La primera línea siguiente que termina en <c>$$</c>, antes de una línea en blanco o del final.</summary>
    private static int? FindClosing(string[] lines, int from)
    {
        for (int j = from; j < lines.Length; j++)
        {
            var trimmed = lines[j].Trim();
            if (trimmed.Length == 0)
                return null;
            if (trimmed.EndsWith("$$"))
                return trimmed.IndexOf("$$") == trimmed.Length - 2 ? j : null;
        }
        return null;
    }
}
