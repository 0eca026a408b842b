namespace NotebookEngine.Packages;

/// <summary>
/// Lo que deja una restauración: las DLL de ejecución a referenciar y las carpetas con bibliotecas nativas.
/// Se guarda como JSON en la caché para no volver a restaurar el mismo conjunto de paquetes.
/// </summary>
public sealed record RestoredPackages(
    IReadOnlyList<string> Packages,
    IReadOnlyList<string> RuntimeAssemblies,
    IReadOnlyList<string> NativeDirectories
);
