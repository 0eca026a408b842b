using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NotebookEngine.Loading;

/// <summary>
/// Antes de cargar un <c>#r "ruta/X.dll"</c>: si la DLL es la salida de un proyecto del repositorio (subiendo desde su
/// carpeta hay un <c>*.csproj</c> cuyo ensamblado se llama X) y falta o es más vieja que las fuentes del proyecto, se
/// compila con <c>dotnet build -c &lt;configuración de la ruta&gt;</c>. Vale para cualquier proyecto, no solo para lib/.
/// </summary>
internal static partial class ProjectOutputBuilder
{
    private static readonly string[] SourcePatterns = ["*.cs", "*.csproj", "*.props", "*.targets", "*.resx", "*.json"];

    /// <summary>Compila el proyecto de la DLL si hace falta. Devuelve un error en español, o <c>null</c> si todo va bien.</summary>
    public static async Task<string?> EnsureBuiltAsync(
        string dllPath,
        TextWriter? log,
        CancellationToken cancellationToken
    )
    {
        var project = FindProject(dllPath);
        if (project is null)
            return null; // no es salida de un proyecto: Roslyn dirá si no existe
        var configuration = ConfigurationFromPath(dllPath, project.Value.Directory);
        if (File.Exists(dllPath) && !IsStale(dllPath, project.Value.Directory))
            return null;
        // El ejecutor lanza dos cuadernos a la vez: en un clon nuevo los dos kernels veían la DLL vieja y compilaban
        // el mismo proyecto a la vez, pisándose obj/. Uno compila; el otro espera y vuelve a mirar.
        using var buildLock = await BuildLock
            .AcquireAsync(project.Value.Directory, Path.GetFileName(project.Value.Path), log, cancellationToken)
            .ConfigureAwait(false);
        if (File.Exists(dllPath) && !IsStale(dllPath, project.Value.Directory))
            return null;
        log?.WriteLine(
            $"Compilando {Path.GetFileName(project.Value.Path)} ({configuration}) porque {Path.GetFileName(dllPath)} falta o es anterior a sus fuentes"
        );
        var result = await DotnetCli
            .RunAsync(
                ["build", project.Value.Path, "-c", configuration, "-nodeReuse:false", "-v", "q", "-clp:ErrorsOnly"],
                project.Value.Directory,
                cancellationToken
            )
            .ConfigureAwait(false);
        if (result.ExitCode != 0)
            return $"No se pudo compilar {project.Value.Path} para obtener {Path.GetFileName(dllPath)}:\n{Errors(result.Output)}";
        return File.Exists(dllPath)
            ? null
            : $"Se compiló {project.Value.Path} pero no apareció {dllPath}; revisa la ruta del #r.";
    }

    // Solo las líneas de error de MSBuild («Roto.cs(2,59): error CS1002: Se esperaba ;»), sin el proyecto que
    // repiten al final ni el resumen de la compilación; si no hay ninguna, la salida entera.
    private static string Errors(string output)
    {
        var errors = output
            .Split('\n')
            .Where(line => line.Contains(": error ", StringComparison.Ordinal))
            .Select(line => ProjectSuffix().Replace(line.Trim(), ""))
            .Distinct()
            .ToList();
        return errors.Count > 0 ? string.Join('\n', errors) : output.Trim();
    }

    [GeneratedRegex(@"\s*\[[^\]]*\.\w*proj\]$")]
    private static partial Regex ProjectSuffix();

    private static (string Path, string Directory)? FindProject(string dllPath)
    {
        var assemblyName = Path.GetFileNameWithoutExtension(dllPath);
        for (
            var directory = Path.GetDirectoryName(Path.GetFullPath(dllPath));
            directory is not null;
            directory = Path.GetDirectoryName(directory)
        )
        {
            if (!Directory.Exists(directory))
                continue;
            foreach (var project in Directory.EnumerateFiles(directory, "*.csproj"))
            {
                if (AssemblyNameOf(project) == assemblyName)
                    return (project, directory);
            }
        }
        return null;
    }

    private static string AssemblyNameOf(string projectPath)
    {
        try
        {
            var declared = XDocument.Load(projectPath).Descendants("AssemblyName").FirstOrDefault()?.Value;
            return string.IsNullOrWhiteSpace(declared)
                ? Path.GetFileNameWithoutExtension(projectPath)
                : declared.Trim();
        }
        catch (System.Xml.XmlException)
        {
            return Path.GetFileNameWithoutExtension(projectPath);
        }
    }

    // .../bin/Release/net10.0/X.dll → Release. Sin carpeta bin/, Debug como dotnet build.
    private static string ConfigurationFromPath(string dllPath, string projectDirectory)
    {
        var relative = Path.GetRelativePath(projectDirectory, Path.GetFullPath(dllPath))
            .Split(Path.DirectorySeparatorChar);
        var bin = Array.IndexOf(relative, "bin");
        return bin >= 0 && bin + 2 < relative.Length ? relative[bin + 1] : "Debug";
    }

    private static bool IsStale(string dllPath, string projectDirectory)
    {
        var built = File.GetLastWriteTimeUtc(dllPath);
        return SourcePatterns
            .SelectMany(pattern => Directory.EnumerateFiles(projectDirectory, pattern, SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(path, projectDirectory))
            .Concat(SharedBuildFiles(projectDirectory))
            .Any(path => File.GetLastWriteTimeUtc(path) > built);
    }

    // MSBuild importa también los Directory.Build.props/targets y Directory.Packages.props de las carpetas de
    // encima (las reglas comunes del repositorio): si cambian, la DLL también está vieja.
    private static IEnumerable<string> SharedBuildFiles(string projectDirectory)
    {
        for (
            var directory = Path.GetDirectoryName(projectDirectory);
            directory is not null;
            directory = Path.GetDirectoryName(directory)
        )
        {
            foreach (
                var name in (string[])["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props"]
            )
            {
                var path = Path.Combine(directory, name);
                if (File.Exists(path))
                    yield return path;
            }
        }
    }

    private static bool IsBuildOutput(string path, string projectDirectory)
    {
        var first = Path.GetRelativePath(projectDirectory, path).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }
}
