using Microsoft.CodeAnalysis;
using NotebookEngine.Packages;
using NotebookEngine.Scripting;

namespace NotebookEngine.Pipeline;

/// <summary>
/// Etapa de paquetes: aplica las reglas del anfitrión a los <c>#r "nuget:"</c> de la celda, restaura el conjunto
/// entero de paquetes de la sesión (como Polyglot: las versiones quedan coherentes) y devuelve las referencias nuevas
/// que debe ver la celda. Registra en el proceso las DLL y carpetas nativas restauradas.
/// </summary>
internal sealed class SessionPackages(SessionOptions options)
{
    private readonly PackageRestorer _restorer = new(options.PackageCacheDirectory, options.ProgressLog);
    private readonly List<PackageRequest> _packages = [];
    private readonly List<string> _sources = [];
    private readonly HashSet<string> _referencedPaths = new(StringComparer.Ordinal);

    /// <summary>Las referencias nuevas para la celda (vacío si no pide paquetes), o el error de restauración.</summary>
    public async Task<StageResult<IReadOnlyList<MetadataReference>>> AddAsync(
        CellSource source,
        CancellationToken cancellationToken
    )
    {
        _sources.AddRange(source.Sources.Where(s => !_sources.Contains(s)));
        if (source.Packages.Count == 0)
            return new StageResult<IReadOnlyList<MetadataReference>>([], null);
        var (wanted, notes, hints) = PackageRules.Apply(source.Packages, options.PackageRules);
        foreach (var note in notes)
            options.Log?.WriteLine(note);
        if (Conflict(wanted) is { } conflict)
            return conflict;
        if (wanted.Count == 0)
            return new StageResult<IReadOnlyList<MetadataReference>>([], null);

        RestoredPackages restored;
        try
        {
            restored = await _restorer.RestoreAsync(_packages, _sources, cancellationToken).ConfigureAwait(false);
        }
        catch (PackageRestoreException exception)
        {
            _packages.RemoveAll(p => wanted.Contains(p));
            return ErrorReport.Simple("PackageRestoreError", string.Join('\n', [exception.Message, .. hints]));
        }

        var newAssemblies = restored
            .RuntimeAssemblies.Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(path => !ScriptEnvironment.IsFrameworkAssembly(Path.GetFileNameWithoutExtension(path)))
            .Where(_referencedPaths.Add)
            .ToList();
        ProcessWideState.MakePackagesLoadable(newAssemblies, restored.NativeDirectories);
        return new StageResult<IReadOnlyList<MetadataReference>>(
            [.. newAssemblies.Select(path => MetadataReference.CreateFromFile(path))],
            null
        );
    }

    // Añade los paquetes nuevos; uno ya cargado con otra versión no puede convivir con ella en el mismo proceso.
    private ErrorOutput? Conflict(List<PackageRequest> wanted)
    {
        foreach (var package in wanted)
        {
            var existing = _packages.FindIndex(p => p.Name.Equals(package.Name, StringComparison.OrdinalIgnoreCase));
            if (existing < 0)
                _packages.Add(package);
            else if (_packages[existing].Version != package.Version)
                return ErrorReport.Simple(
                    "PackageConflict",
                    $"El paquete '{package.Name}' ya se cargó en esta sesión con la versión {_packages[existing].VersionOrLatest}; "
                        + $"no se puede cargar además la {package.VersionOrLatest}. Reinicia la sesión para cambiar de versión."
                );
        }
        return null;
    }
}
