using System.Text.Json.Nodes;

namespace NotebookEngine.Packages;

/// <summary>
/// Lee <c>obj/project.assets.json</c>, el resultado de <c>dotnet restore</c>: para el destino
/// <c>net10.0/&lt;rid&gt;</c>, las DLL de ejecución (<c>runtime</c>) y las nativas (<c>native</c>) de cada paquete.
/// Es lo mismo que calcula el SDK al compilar, sin tener que compilar.
/// </summary>
internal static class AssetsFileReader
{
    /// <summary>Lee el archivo de activos y devuelve rutas absolutas.</summary>
    /// <exception cref="InvalidDataException">Si el archivo no tiene el destino esperado.</exception>
    public static RestoredPackages Read(string assetsPath, string targetFramework, string runtimeIdentifier)
    {
        var root = JsonNode.Parse(File.ReadAllText(assetsPath))!.AsObject();
        var packageFolders = root["packageFolders"]?.AsObject().Select(p => p.Key).ToList() ?? [];
        var targetKey = $"{targetFramework}/{runtimeIdentifier}";
        var target =
            root["targets"]?[targetKey]?.AsObject()
            ?? throw new InvalidDataException($"{assetsPath} no tiene el destino '{targetKey}'.");
        var libraries = root["libraries"]!.AsObject();

        var packages = new List<string>();
        var runtime = new List<string>();
        var native = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in target)
        {
            if (value?["type"]?.GetValue<string>() != "package")
                continue;
            packages.Add(key);
            var relative = libraries[key]?["path"]?.GetValue<string>() ?? key.ToLowerInvariant();
            var packageDirectory = packageFolders
                .Select(folder => Path.Combine(folder, relative))
                .FirstOrDefault(Directory.Exists);
            if (packageDirectory is null)
                continue;
            foreach (var file in AssetPaths(value, "runtime"))
                runtime.Add(Path.GetFullPath(Path.Combine(packageDirectory, file)));
            foreach (var file in AssetPaths(value, "native"))
                native.Add(Path.GetDirectoryName(Path.GetFullPath(Path.Combine(packageDirectory, file)))!);
        }
        return new RestoredPackages(packages, runtime, native.ToList());
    }

    // "_._" marca una carpeta vacía a propósito ("este paquete no aporta nada en este destino").
    private static IEnumerable<string> AssetPaths(JsonNode package, string kind) =>
        package[kind]?.AsObject().Select(p => p.Key).Where(p => !p.EndsWith("_._", StringComparison.Ordinal)) ?? [];
}
