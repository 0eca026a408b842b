namespace NotebookRunner.Execution;

/// <summary>Cómo se ejecuta cada cuaderno.</summary>
public sealed record RunOptions
{
    /// <summary>Tiempo máximo por celda, como el <c>timeout</c> de nbclient; <c>null</c>: sin límite.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>Seguir con las celdas siguientes de un cuaderno después de un error.</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>
    /// Backend de TorchSharp que se pasa al kernel (<c>cpu</c>, <c>cuda</c> o <c>auto</c>); <c>null</c>: el del
    /// entorno (<c>NOTEBOOK_TORCH_BACKEND</c>).
    /// </summary>
    public string? TorchBackend { get; init; }

    /// <summary>Si los gráficos llevan imagen PNG (Chromium).</summary>
    public bool RenderImages { get; init; } = true;

    /// <summary>Carpeta de caché de paquetes del motor; <c>null</c>: la de siempre (<c>NOTEBOOK_CACHE_DIR</c> o <c>~/.cache</c>).</summary>
    public string? PackageCacheDirectory { get; init; }

    /// <summary>Cuántos cuadernos se ejecutan a la vez, cada uno en su kernel.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>Los mensajes del motor (restauraciones NuGet, compilaciones); <c>null</c>: no se muestran.</summary>
    public Action<string>? Log { get; init; }
}
