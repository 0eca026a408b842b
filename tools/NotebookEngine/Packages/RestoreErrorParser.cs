using System.Text.RegularExpressions;

namespace NotebookEngine.Packages;

/// <summary>
/// Traduce los errores de <c>dotnet restore</c> (códigos NU1xxx, en inglés) a mensajes en español que nombran el
/// paquete y la versión que el cuaderno pidió.
/// </summary>
internal static partial class RestoreErrorParser
{
    [GeneratedRegex(@"error (?<code>NU\d{4}): (?<text>.*?)(?: \[[^\]]*\])?\s*$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    /// <summary>Construye el mensaje a partir de la salida completa de la restauración.</summary>
    public static string Describe(string restoreOutput, IReadOnlyList<PackageRequest> requested)
    {
        var messages = new List<string>();
        foreach (Match match in ErrorLine().Matches(restoreOutput))
        {
            var code = match.Groups["code"].Value;
            var text = match.Groups["text"].Value.Trim();
            var package = requested.FirstOrDefault(p =>
                text.Contains($"package {p.Name}", StringComparison.OrdinalIgnoreCase)
                || text.Contains($"'{p.Name}'", StringComparison.OrdinalIgnoreCase)
            );
            var line = (code, package) switch
            {
                ("NU1101", { } p) =>
                    $"El paquete NuGet '{p.Name}' no existe en las fuentes configuradas (pedido: {Describe(p)}; {code}).",
                ("NU1102", { } p) =>
                    $"El paquete NuGet '{p.Name}' no tiene la versión {p.VersionOrLatest} en las fuentes configuradas ({code}).",
                ("NU1103", { } p) =>
                    $"El paquete NuGet '{p.Name}' solo tiene versiones preliminares; pide una explícitamente en vez de {Describe(p)} ({code}).",
                (_, { } p) => $"No se pudo restaurar el paquete NuGet '{p.Name}' {Describe(p)} ({code}: {text}).",
                _ => $"Falló la restauración NuGet ({code}: {text}).",
            };
            if (!messages.Contains(line))
                messages.Add(line);
        }
        if (messages.Count == 0)
        {
            var names = string.Join(", ", requested.Select(p => $"'{p.Name}' {Describe(p)}"));
            var tail = string.Join('\n', restoreOutput.Split('\n').TakeLast(15));
            messages.Add($"Falló la restauración NuGet de {names}:\n{tail.Trim()}");
        }
        return string.Join('\n', messages);
    }

    private static string Describe(PackageRequest package) =>
        package.Version is null ? "(última versión)" : $"versión {package.Version}";
}
