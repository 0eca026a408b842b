using NotebookEngine;

namespace NotebookRunner.Execution;

/// <summary>Cómo se ejecuta cada cuaderno.</summary>
public sealed record RunOptions
{
    /// <summary>Tiempo máximo por celda; <c>null</c>: sin límite.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>Seguir con las celdas siguientes de un cuaderno después de un error.</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>Backend de TorchSharp.</summary>
    public TorchBackend TorchBackend { get; init; } = SessionOptions.TorchBackendFromEnvironment();

    /// <summary>Si los gráficos llevan imagen PNG (Chromium).</summary>
    public bool RenderImages { get; init; } = true;

    /// <summary>Carpeta de caché de paquetes; <c>null</c>: la de <see cref="SessionOptions"/>.</summary>
    public string? PackageCacheDirectory { get; init; }

    /// <summary>Mensajes de progreso del motor (restauraciones, compilaciones).</summary>
    public TextWriter? Log { get; init; }
}
