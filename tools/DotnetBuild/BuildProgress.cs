using System.Globalization;
using System.Text.RegularExpressions;

namespace DotnetBuild;

/// <summary>
/// Lo que se ve mientras <c>dotnet restore</c> o <c>dotnet build</c> trabajan: la primera vez, TorchSharp trae unos
/// 300 MB y las herramientas otros 90, y sin esto pasarían uno o varios minutos en silencio. Lee su salida (verbosidad
/// normal) línea a línea: dice qué paquete empieza a descargarse y, al instalarse, cuánto ocupaba y cuándo acabó, y
/// qué proyecto quedó compilado; y cada <see cref="HeartbeatInterval"/>, aunque nadie escriba nada, cuánto lleva y
/// cuántos MB de cada descarga en curso han llegado ya a la carpeta global de paquetes.
/// </summary>
public sealed partial class BuildProgress : IDisposable
{
    /// <summary>Cada cuánto se dice que la restauración sigue.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(10);

    private readonly TextWriter _log;
    private readonly string _packagesFolder;
    private readonly DateTime _start = DateTime.UtcNow;
    private readonly Dictionary<string, Download> _downloading = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Timer _heartbeat;
    private bool _compiling;

    private sealed record Download(string Id, string Version);

    /// <summary>Escribe en <paramref name="log"/>; mide las descargas en curso dentro de <paramref name="packagesFolder"/>.</summary>
    public BuildProgress(TextWriter log, string packagesFolder)
    {
        _log = log;
        _packagesFolder = packagesFolder;
        _heartbeat = new Timer(_ => Heartbeat(), null, HeartbeatInterval, HeartbeatInterval);
    }

    /// <summary>La carpeta global de paquetes de NuGet: <c>$NUGET_PACKAGES</c> o <c>~/.nuget/packages</c>.</summary>
    public static string DefaultPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Una línea de la salida de <c>dotnet restore</c> o <c>dotnet build</c>.</summary>
    public void OnLine(string line)
    {
        lock (_lock)
        {
            if (PackageGet().Match(line) is { Success: true } get)
            {
                var id = get.Groups["id"].Value;
                var version = get.Groups["version"].Value;
                if (_downloading.TryAdd($"{id}/{version}", new Download(id, version)))
                    _log.WriteLine($"  Descargando {id} {version}…");
            }
            else if (Installed().Match(line) is { Success: true } installed)
            {
                var id = installed.Groups["id"].Value;
                var version = installed.Groups["version"].Value;
                _downloading.Remove($"{id.ToLowerInvariant()}/{version.ToLowerInvariant()}");
                var size = Megabytes(
                    Path.Combine(installed.Groups["folder"].Value, $"{id}.{version}.nupkg".ToLowerInvariant())
                );
                _log.WriteLine($"  {id} {version} instalado{(size is null ? "" : $" ({size})")}, a los {Elapsed()}");
            }
            else if (line.Trim() == "CoreCompile:")
                _compiling = true;
            else if (ProjectBuilt().Match(line) is { Success: true } built)
            {
                _compiling = true;
                _log.WriteLine($"  {built.Groups["project"].Value} listo, a los {Elapsed()}");
            }
        }
    }

    private void Heartbeat()
    {
        lock (_lock)
        {
            var now = _downloading.Values.Select(d =>
                FolderMegabytes(Path.Combine(_packagesFolder, d.Id, d.Version)) is { } size
                    ? $"{d.Id} {d.Version} ({size} hasta ahora)"
                    : $"{d.Id} {d.Version}"
            );
            var detail = _downloading.Count == 0 ? "" : $"; descargando {string.Join(", ", now)}";
            _log.WriteLine(
                _compiling && _downloading.Count == 0
                    ? $"  … sigue la compilación, {Elapsed()}"
                    : $"  … la restauración sigue, {Elapsed()}{detail}"
            );
        }
    }

    private string Elapsed() =>
        string.Create(CultureInfo.InvariantCulture, $"{(DateTime.UtcNow - _start).TotalSeconds:F0} s");

    private static string? Megabytes(string file) => File.Exists(file) ? Format(new FileInfo(file).Length) : null;

    // Mientras descarga, NuGet escribe el .nupkg en un archivo temporal dentro de la carpeta del paquete.
    private static string? FolderMegabytes(string folder)
    {
        try
        {
            return Directory.Exists(folder)
                ? Format(new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length))
                : null;
        }
        catch (IOException)
        {
            return null; // NuGet lo está moviendo o extrayendo justo ahora
        }
    }

    private static string Format(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:F1} MB");

    // «GET https://api.nuget.org/v3-flatcontainer/torchsharp/0.107.0/torchsharp.0.107.0.nupkg»
    [GeneratedRegex(@"\bGET \S+/(?<id>[^/\s]+)/(?<version>[^/\s]+)/[^/\s]+\.nupkg\s*$")]
    private static partial Regex PackageGet();

    // «Se ha instalado TorchSharp 0.107.0 de https://... a /root/.nuget/packages/torchsharp/0.107.0 con el hash...»
    // (el SDK va en español, ver DotnetCli); en inglés, «Installed X 1.0 from ... to /ruta with content hash ...».
    [GeneratedRegex(
        @"(?:Se ha instalado|Installed) (?<id>\S+) (?<version>\S+) (?:de|from) .* (?:a|to) (?<folder>/\S+|[A-Za-z]:\\\S+) (?:con|with) "
    )]
    private static partial Regex Installed();

    // «  JupyterProtocol -> /ruta/bin/Debug/net10.0/JupyterProtocol.dll» (igual en español): el proyecto quedó listo.
    [GeneratedRegex(@"^\s*(?<project>[\w.]+) -> \S.*\.dll\s*$")]
    private static partial Regex ProjectBuilt();

    /// <summary>Deja de decir que sigue.</summary>
    public void Dispose() => _heartbeat.Dispose();
}
