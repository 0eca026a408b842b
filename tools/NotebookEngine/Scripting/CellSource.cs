using System.Text.RegularExpressions;
using NotebookEngine.Packages;

namespace NotebookEngine.Scripting;

/// <summary>
/// Una celda separada en lo que entiende Roslyn (el código C#) y lo que resuelve el motor antes de compilar:
/// la línea <c>#!kernel</c>, los <c>#r "nuget: ..."</c> y los <c>#i "nuget: fuente"</c>.
/// Las líneas quitadas se dejan en blanco para que los números de línea de los errores sigan siendo los del usuario.
/// </summary>
internal sealed partial record CellSource(
    string Code,
    string? ForeignKernel,
    string? UnsupportedMagic,
    IReadOnlyList<PackageRequest> Packages,
    IReadOnlyList<string> Sources
)
{
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
        "markdown",
        "md",
        "sql",
        "kql",
        "mermaid",
        "python",
        "r",
        "http",
        "value",
        "set",
        "share",
    };

    [GeneratedRegex("""^\s*#r\s+"nuget:\s*(?<name>[^,"\s]+)\s*(,\s*(?<version>[^"]*?))?\s*"\s*;?\s*$""")]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^\s*#i\s+"(nuget:\s*)?(?<source>[^"]+?)\s*"\s*;?\s*$""")]
    private static partial Regex SourceDirective();

    [GeneratedRegex("""^\s*#!\s*(?<name>\S+)""")]
    private static partial Regex MagicCommand();

    /// <summary>Separa una celda. No falla nunca: lo que no reconoce se queda en el código para que Roslyn lo juzgue.</summary>
    public static CellSource Parse(string cellText)
    {
        var lines = cellText.ReplaceLineEndings("\n").Split('\n');
        var packages = new List<PackageRequest>();
        var sources = new List<string>();
        string? foreign = null;
        string? unsupported = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (MagicCommand().Match(line) is { Success: true } magic)
            {
                var name = magic.Groups["name"].Value;
                if (OtherKernelNames.Contains(name))
                    foreign ??= name;
                else if (!CSharpKernelNames.Contains(name))
                    unsupported ??= "#!" + name;
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
        return new CellSource(string.Join('\n', lines), foreign, unsupported, packages, sources);
    }
}
