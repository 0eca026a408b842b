using DotnetBuild;

namespace NotebookEngine.Loading;

/// <summary>
/// Antes de cargar un <c>#r "ruta/X.dll"</c>: si la DLL es la salida de un proyecto del repositorio (subiendo desde su
/// carpeta hay un <c>*.csproj</c> cuyo ensamblado se llama X) y falta o es más vieja que las fuentes del proyecto, se
/// compila con <c>dotnet build -c &lt;configuración de la ruta&gt;</c>. Vale para cualquier proyecto, no solo para lib/.
/// </summary>
internal static class ProjectOutputBuilder
{
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
        var outcome = await ProjectBuild
            .EnsureBuiltAsync(
                project.Value.Path,
                dllPath,
                configuration,
                $"Compilando {Path.GetFileName(project.Value.Path)} ({configuration}) porque {Path.GetFileName(dllPath)} falta o es anterior a sus fuentes",
                log,
                cancellationToken
            )
            .ConfigureAwait(false);
        if (outcome.Errors is { } errors)
            return $"No se pudo compilar {project.Value.Path} para obtener {Path.GetFileName(dllPath)}:\n{errors}";
        return File.Exists(dllPath)
            ? null
            : $"Se compiló {project.Value.Path} pero no apareció {dllPath}; revisa la ruta del #r.";
    }

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
                if (ProjectInputs.AssemblyNameOf(project) == assemblyName)
                    return (project, directory);
            }
        }
        return null;
    }

    // .../bin/Release/net10.0/X.dll → Release. Sin carpeta bin/, Debug como dotnet build.
    private static string ConfigurationFromPath(string dllPath, string projectDirectory)
    {
        var relative = Path.GetRelativePath(projectDirectory, Path.GetFullPath(dllPath))
            .Split(Path.DirectorySeparatorChar);
        var bin = Array.IndexOf(relative, "bin");
        return bin >= 0 && bin + 2 < relative.Length ? relative[bin + 1] : "Debug";
    }
}
