using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace NotebookEngine.Editing;

/// <summary>
/// Referencias de metadatos con su documentación XML, para que completar e inspeccionar muestren la ayuda de cada
/// método. Los ensamblados del runtime compartido (los que el motor referencia) no traen XML; sus ensamblados de
/// referencia del SDK (<c>packs/Microsoft.NETCore.App.Ref</c>) sí, y exponen la misma API pública, así que para el
/// editor se cambian unos por otros. Sin SDK instalado se usan los del runtime, sin documentación.
/// </summary>
internal static class DocumentedReferences
{
    private static readonly ConcurrentDictionary<string, MetadataReference> Cache = new(StringComparer.Ordinal);
    private static readonly Lazy<string[]> ReferencePack = new(FindReferencePack);
    private static readonly string SharedFrameworkDirectory = Path.TrimEndingDirectorySeparator(
        RuntimeEnvironment.GetRuntimeDirectory()
    );

    /// <summary>Las referencias para el editor que corresponden a las rutas que usa el motor.</summary>
    public static IReadOnlyList<MetadataReference> For(IEnumerable<string> referencePaths)
    {
        var paths = referencePaths.Distinct(StringComparer.Ordinal).ToList();
        bool swapFramework = ReferencePack.Value.Length > 0;
        var chosen = new List<MetadataReference>();
        if (swapFramework)
            chosen.AddRange(ReferencePack.Value.Select(Get));
        foreach (var path in paths)
        {
            if (swapFramework && IsInSharedFramework(path))
                continue;
            if (File.Exists(path))
                chosen.Add(Get(path));
        }
        return chosen;
    }

    private static MetadataReference Get(string path) =>
        Cache.GetOrAdd(
            path,
            static p =>
            {
                var xml = Path.ChangeExtension(p, ".xml");
                return MetadataReference.CreateFromFile(
                    p,
                    documentation: File.Exists(xml) ? XmlDocumentationProvider.CreateFromFile(xml) : null
                );
            }
        );

    private static bool IsInSharedFramework(string path) =>
        string.Equals(
            Path.GetDirectoryName(Path.GetFullPath(path)),
            SharedFrameworkDirectory,
            StringComparison.Ordinal
        );

    // dotnet/shared/Microsoft.NETCore.App/10.0.12/ → dotnet/packs/Microsoft.NETCore.App.Ref/10.0.*/ref/net10.0/*.dll
    private static string[] FindReferencePack()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(SharedFrameworkDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
            return [];
        var runtime = Environment.Version;
        var tfm = $"net{runtime.Major}.{runtime.Minor}";
        var best = Directory
            .EnumerateDirectories(packs)
            .Select(dir =>
                (Dir: dir, Version: Version.TryParse(Path.GetFileName(dir).Split('-')[0], out var v) ? v : null)
            )
            .Where(p => p.Version is not null && p.Version.Major == runtime.Major && p.Version.Minor == runtime.Minor)
            .OrderByDescending(p => p.Version)
            .Select(p => Path.Combine(p.Dir, "ref", tfm))
            .FirstOrDefault(Directory.Exists);
        return best is null ? [] : Directory.GetFiles(best, "*.dll");
    }
}
