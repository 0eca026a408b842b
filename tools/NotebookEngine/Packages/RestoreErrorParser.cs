using System.Text.RegularExpressions;

namespace NotebookEngine.Packages;

/// <summary>
/// Convierte los errores de <c>dotnet restore</c> en el mensaje que lee quien aprende. El SDK se ejecuta en español
/// (<see cref="DotnetBuild.DotnetCli"/>), así que las frases de NuGet ya llegan traducidas; aquí se leen solo los códigos
/// (<c>NU1102</c>, que no cambian con el idioma y sirven para buscar), se encabeza cada error con una frase que nombra
/// el paquete y la versión que pidió el cuaderno, y debajo van las líneas de NuGet de ese código (las versiones que
/// encontró, la más cercana).
/// </summary>
internal static partial class RestoreErrorParser
{
    // «... error NU1102: texto [/ruta/Restore.csproj]»: el proyecto del final sobra; otros corchetes son del texto
    // («[ versión más cercana: 5.0.0 ]»).
    [GeneratedRegex(@"error (?<code>NU\d{4}): (?<text>.*?)(?: \[[^\]]*\.\w*proj\])?\s*$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    /// <summary>Construye el mensaje a partir de la salida completa de la restauración.</summary>
    public static string Describe(string restoreOutput, IReadOnlyList<PackageRequest> requested)
    {
        // Un error de NuGet ocupa varias líneas con el mismo código: la primera lo dice, las siguientes (sangradas)
        // dan detalles. Se agrupan por código y primera línea, en el orden en que llegaron.
        var errors = new List<(string Code, string Text, List<string> Details)>();
        foreach (Match match in ErrorLine().Matches(restoreOutput))
        {
            var code = match.Groups["code"].Value;
            var text = match.Groups["text"].Value.TrimEnd();
            var isDetail = text.StartsWith(' ') && errors.Count > 0 && errors[^1].Code == code;
            if (isDetail && !errors[^1].Details.Contains(text.Trim()))
                errors[^1].Details.Add(text.Trim());
            else if (!isDetail && !errors.Any(e => e.Code == code && e.Text == text))
                errors.Add((code, text, []));
        }
        if (errors.Count == 0)
        {
            var names = string.Join(", ", requested.Select(p => $"'{p.Name}' {Describe(p)}"));
            var tail = string.Join('\n', restoreOutput.Split('\n').TakeLast(15));
            return $"Falló la restauración NuGet de {names}:\n{tail.Trim()}";
        }
        return string.Join(
            '\n',
            errors.Select(e => Headline(e.Code, e.Text, requested) + DetailLines(e.Code, e.Details))
        );
    }

    private static string Headline(string code, string text, IReadOnlyList<PackageRequest> requested) =>
        (code, requested.FirstOrDefault(p => Names(text, p.Name))) switch
        {
            ("NU1101", { } p) =>
                $"El paquete NuGet '{p.Name}' no existe en las fuentes configuradas (pedido: {Describe(p)}; {code}).",
            ("NU1102", { } p) =>
                $"El paquete NuGet '{p.Name}' no tiene la versión {p.VersionOrLatest} en las fuentes configuradas ({code}).",
            ("NU1103", { } p) =>
                $"El paquete NuGet '{p.Name}' solo tiene versiones preliminares; pide una explícitamente en vez de {Describe(p)} ({code}).",
            ("NU1301", _) =>
                $"No se pudo leer una fuente de paquetes: ¿está bien escrita la dirección del #i y se puede llegar a ella? ({code}: {text})",
            (_, { } p) => $"No se pudo restaurar el paquete NuGet '{p.Name}' {Describe(p)} ({code}: {text}).",
            _ => $"Falló la restauración NuGet ({code}: {text}).",
        };

    // Las líneas de detalle de NuGet van sangradas debajo. Las de NU1301 son el error de la conexión tal como lo da
    // .NET, que solo trae sus textos en inglés: se marcan así.
    private static string DetailLines(string code, List<string> details) =>
        string.Concat(
            details.Select(d => code == "NU1301" ? $"\n  Detalle de la conexión (en inglés): «{d}»" : $"\n  {d}")
        );

    // El nombre del paquete como palabra suelta del texto (sin depender del idioma de la frase que lo rodea).
    private static bool Names(string text, string package) =>
        Regex.IsMatch(
            text,
            $@"(?<![\w.]){Regex.Escape(package)}(?![\w]|\.\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
        );

    private static string Describe(PackageRequest package) =>
        package.Version is null ? "(última versión)" : $"versión {package.Version}";
}
