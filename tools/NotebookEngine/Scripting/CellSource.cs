using System.Text.RegularExpressions;
using NotebookEngine.Packages;

namespace NotebookEngine.Scripting;

/// <summary>
/// Una orden mágica de Polyglot en una celda (<c>#!time</c>, <c>#!who</c>…), o un trozo Markdown (<c>#!markdown</c>,
/// con su texto como <paramref name="Arguments"/>).
/// </summary>
/// <param name="Name">El nombre sin <c>#!</c>, en minúsculas.</param>
/// <param name="Arguments">Lo que sigue al nombre en su línea (el texto, en un trozo Markdown).</param>
/// <param name="Line">Su línea en la celda (desde 0).</param>
/// <param name="BeforeCode">Si va antes de todo el código C# de la celda (entonces actúa antes de ejecutarlo).</param>
internal sealed record MagicLine(string Name, string Arguments, int Line, bool BeforeCode);

/// <summary>
/// Una celda separada en lo que entiende Roslyn (el código C#) y lo que resuelve el motor antes de compilar:
/// las líneas <c>#!</c> (kernel, órdenes mágicas y trozos Markdown), los <c>#r "nuget: ..."</c> y los
/// <c>#i "nuget: fuente"</c>. Las líneas quitadas se dejan en blanco para que los números de línea de los errores
/// sigan siendo los del usuario.
/// </summary>
internal sealed partial record CellSource(
    string Code,
    string? ForeignKernel,
    IReadOnlyList<MagicLine> Magics,
    IReadOnlyList<PackageRequest> Packages,
    IReadOnlyList<string> Sources
)
{
    /// <summary>Los nombres del kernel Markdown de Polyglot: lo que sigue en la celda es Markdown.</summary>
    public static readonly IReadOnlySet<string> MarkdownKernelNames = new HashSet<string>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        "markdown",
        "md",
    };

    private static readonly HashSet<string> CSharpKernelNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "csharp",
        "c#",
        "cs",
    };

    private static readonly HashSet<string> OtherKernelNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fsharp",
        "f#",
        "fs",
        "pwsh",
        "powershell",
        "javascript",
        "js",
        "html",
        "sql",
        "kql",
        "mermaid",
        "python",
        "r",
        "http",
        "value",
    };

    [GeneratedRegex("""^\s*#r\s+"nuget:\s*(?<name>[^,"\s]+)\s*(,\s*(?<version>[^"]*?))?\s*"\s*;?\s*$""")]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^\s*#i\s+"(nuget:\s*)?(?<source>[^"]+?)\s*"\s*;?\s*$""")]
    private static partial Regex SourceDirective();

    [GeneratedRegex("""^\s*#!\s*(?<name>\S+)\s*(?<arguments>.*)$""")]
    private static partial Regex MagicCommand();

    /// <summary>Separa una celda. No falla nunca: lo que no reconoce se queda en el código para que Roslyn lo juzgue.</summary>
    public static CellSource Parse(string cellText)
    {
        var lines = cellText.ReplaceLineEndings("\n").Split('\n');
        var packages = new List<PackageRequest>();
        var sources = new List<string>();
        var magics = new List<(string Name, string Arguments, int Line)>();
        string? foreign = null;
        int? markdownStart = null; // la línea donde empezó el trozo Markdown en curso
        var markdown = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (MagicCommand().Match(line) is { Success: true } magic)
            {
                var name = magic.Groups["name"].Value;
                if (markdownStart is { } start)
                    magics.Add(("markdown", string.Join('\n', markdown), start));
                markdownStart = null;
                markdown.Clear();
                if (MarkdownKernelNames.Contains(name))
                    markdownStart = i;
                else if (OtherKernelNames.Contains(name))
                    foreign ??= name;
                else if (!CSharpKernelNames.Contains(name))
                    magics.Add((name.ToLowerInvariant(), magic.Groups["arguments"].Value.Trim(), i));
                lines[i] = "";
            }
            else if (markdownStart is not null)
            {
                markdown.Add(line);
                lines[i] = "";
            }
            else if (NuGetReference().Match(line) is { Success: true } nuget)
            {
                var version = nuget.Groups["version"].Value.Trim();
                packages.Add(new PackageRequest(nuget.Groups["name"].Value, version.Length == 0 ? null : version));
                lines[i] = "";
            }
            else if (SourceDirective().Match(line) is { Success: true } source)
            {
                sources.Add(source.Groups["source"].Value);
                lines[i] = "";
            }
        }
        if (markdownStart is { } last)
            magics.Add(("markdown", string.Join('\n', markdown), last));
        var firstCode = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        return new CellSource(
            string.Join('\n', lines),
            foreign,
            [.. magics.Select(m => new MagicLine(m.Name, m.Arguments, m.Line, firstCode < 0 || m.Line < firstCode))],
            packages,
            sources
        );
    }
}
