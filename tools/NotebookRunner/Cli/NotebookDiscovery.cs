namespace NotebookRunner.Cli;

/// <summary>Encuentra los cuadernos a ejecutar a partir de carpetas y archivos de la línea de órdenes.</summary>
public static class NotebookDiscovery
{
    /// <summary>
    /// Los .ipynb de <paramref name="paths"/> (archivos tal cual; carpetas recorridas, sin <c>.ipynb_checkpoints</c>
    /// ni la carpeta de salida), ordenados por ruta, que contengan en su nombre alguno de los <paramref name="filters"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">Si una ruta no existe.</exception>
    public static IReadOnlyList<string> Find(
        IEnumerable<string> paths,
        IReadOnlyCollection<string> filters,
        string? outputDirectory
    )
    {
        var excluded = outputDirectory is null ? null : Path.GetFullPath(outputDirectory) + Path.DirectorySeparatorChar;
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
                found.Add(full);
            else if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*.ipynb", SearchOption.AllDirectories))
                {
                    if (
                        file.Contains(
                            $"{Path.DirectorySeparatorChar}.ipynb_checkpoints{Path.DirectorySeparatorChar}",
                            StringComparison.Ordinal
                        ) || (excluded is not null && file.StartsWith(excluded, StringComparison.Ordinal))
                    )
                        continue;
                    found.Add(file);
                }
            }
            else
                throw new FileNotFoundException($"No existe el cuaderno ni la carpeta '{path}'.", path);
        }
        return found
            .Where(file =>
                filters.Count == 0
                || filters.Any(f =>
                    Path.GetFileNameWithoutExtension(file).Contains(f, StringComparison.OrdinalIgnoreCase)
                )
            )
            .ToList();
    }
}
