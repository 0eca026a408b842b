using System.Xml.Linq;

namespace DotnetBuild;

/// <summary>
/// Lo que decide si la salida de un proyecto está vieja sin preguntar a MSBuild (que tarda segundos en decir «nada que
/// hacer»): sus fuentes, las de los proyectos a los que hace referencia (<c>ProjectReference</c>, recorridas enteras) y
/// los <c>Directory.*.props/targets</c> de las carpetas de encima, comparados con las DLL ya compiladas.
/// </summary>
public static class ProjectInputs
{
    private static readonly string[] SourcePatterns = ["*.cs", "*.csproj", "*.props", "*.targets", "*.resx", "*.json"];

    private static readonly string[] SharedBuildFileNames =
    [
        "Directory.Build.props",
        "Directory.Build.targets",
        "Directory.Packages.props",
    ];

    /// <summary>
    /// Si <paramref name="outputAssembly"/> (la salida de <paramref name="projectPath"/>) falta o es anterior a alguna
    /// fuente del proyecto o de sus referencias. Cada referencia se compara con su propia DLL en la misma carpeta de
    /// salida (MSBuild la copia allí al compilarla), porque cambiar solo una referencia no recompila el proyecto de
    /// arriba y su DLL se quedaría con la fecha vieja.
    /// </summary>
    public static bool IsStale(string projectPath, string outputAssembly)
    {
        if (!File.Exists(outputAssembly))
            return true;
        var outputFolder = Path.GetDirectoryName(Path.GetFullPath(outputAssembly))!;
        foreach (var project in WithReferences(projectPath))
        {
            var copy = Path.Combine(outputFolder, AssemblyNameOf(project) + ".dll");
            var built = File.GetLastWriteTimeUtc(File.Exists(copy) ? copy : outputAssembly);
            var directory = Path.GetDirectoryName(project)!;
            if (Sources(directory).Concat(SharedBuildFiles(directory)).Any(p => File.GetLastWriteTimeUtc(p) > built))
                return true;
            // Borrar una fuente no deja ningún archivo más nuevo, pero sí cambia la fecha de su carpeta.
            if (SourceFolders(directory).Any(folder => Directory.GetLastWriteTimeUtc(folder) > built))
                return true;
        }
        return false;
    }

    /// <summary>El proyecto y todos los que alcanza por <c>ProjectReference</c>, cada uno una vez (rutas completas).</summary>
    public static IReadOnlyList<string> WithReferences(string projectPath)
    {
        var found = new List<string>();
        var pending = new Stack<string>([Path.GetFullPath(projectPath)]);
        while (pending.TryPop(out var project))
        {
            if (found.Contains(project) || !File.Exists(project))
                continue;
            found.Add(project);
            foreach (var reference in DirectReferences(project))
                pending.Push(reference);
        }
        return found;
    }

    /// <summary>El nombre del ensamblado del proyecto: su <c>AssemblyName</c>, o el del archivo.</summary>
    public static string AssemblyNameOf(string projectPath)
    {
        var declared = Load(projectPath)?.Descendants("AssemblyName").FirstOrDefault()?.Value;
        return string.IsNullOrWhiteSpace(declared) ? Path.GetFileNameWithoutExtension(projectPath) : declared.Trim();
    }

    // Las rutas con propiedades de MSBuild ($(…)) no se pueden resolver sin evaluar el proyecto: se dejan fuera.
    private static IEnumerable<string> DirectReferences(string projectPath)
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        return (Load(projectPath)?.Descendants("ProjectReference") ?? [])
            .Select(element => element.Attribute("Include")?.Value)
            .OfType<string>()
            .Where(include => !include.Contains("$(", StringComparison.Ordinal))
            .Select(include => Path.GetFullPath(Path.Combine(directory, include.Replace('\\', '/'))));
    }

    private static XDocument? Load(string projectPath)
    {
        try
        {
            return XDocument.Load(projectPath);
        }
        catch (Exception e) when (e is System.Xml.XmlException or IOException)
        {
            return null;
        }
    }

    // Las fuentes de la carpeta del proyecto, sin entrar en bin/, obj/ ni carpetas ocultas (miles de archivos que
    // solo escribe la compilación).
    private static IEnumerable<string> Sources(string directory) =>
        SourceFolders(directory)
            .SelectMany(folder => SourcePatterns.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern)));

    // La carpeta del proyecto y sus subcarpetas de fuentes.
    private static IEnumerable<string> SourceFolders(string directory) =>
        Directory
            .EnumerateDirectories(directory)
            .Where(sub => Path.GetFileName(sub) is not ("bin" or "obj") && !Path.GetFileName(sub).StartsWith('.'))
            .SelectMany(SourceFolders)
            .Prepend(directory);

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
            foreach (var name in SharedBuildFileNames)
            {
                var path = Path.Combine(directory, name);
                if (File.Exists(path))
                    yield return path;
            }
        }
    }
}
