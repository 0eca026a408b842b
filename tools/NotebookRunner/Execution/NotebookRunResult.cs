using NotebookFormat;

namespace NotebookRunner.Execution;

/// <summary>La primera celda que falló: su número entre todas las celdas del cuaderno (desde 1), la línea y el mensaje.</summary>
public sealed record CellFailure(int CellNumber, int? Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line is { } line ? $"celda {CellNumber}, línea {line}: {Message}" : $"celda {CellNumber}: {Message}";
}

/// <summary>Cuánto tardó una celda (para nombrar las más lentas en el resumen).</summary>
public sealed record CellTiming(int CellNumber, TimeSpan Duration);

/// <summary>Lo que pasó con un cuaderno.</summary>
/// <param name="SourcePath">El cuaderno fuente.</param>
/// <param name="OutputPath">Dónde se escribió el ejecutado; <c>null</c> si no se pudo leer o no se escribió.</param>
/// <param name="CodeCells">Celdas de código (no vacías) del cuaderno.</param>
/// <param name="ExecutedCells">Celdas de código que llegaron a ejecutarse.</param>
/// <param name="Elapsed">Tiempo total.</param>
/// <param name="Failure">La primera celda que falló, si alguna.</param>
/// <param name="ReadError">Si el cuaderno no se pudo leer (JSON mal formado...) o su kernel no arrancó, el motivo.</param>
public sealed record NotebookRunResult(
    string SourcePath,
    string? OutputPath,
    int CodeCells,
    int ExecutedCells,
    TimeSpan Elapsed,
    CellFailure? Failure,
    string? ReadError
)
{
    /// <summary>El cuaderno ejecutado, en memoria (lo que se escribió en <see cref="OutputPath"/>).</summary>
    public Notebook? Executed { get; init; }

    /// <summary>Lo que tardó cada celda ejecutada, según el kernel.</summary>
    public IReadOnlyList<CellTiming> Timings { get; init; } = [];

    /// <summary>Si se paró a petición del usuario (Ctrl+C, SIGTERM) antes de terminar.</summary>
    public bool Cancelled { get; init; }

    /// <summary>Si todo fue bien.</summary>
    public bool Succeeded => Failure is null && ReadError is null && !Cancelled;

    /// <summary>El nombre del cuaderno sin extensión.</summary>
    public string Name => Path.GetFileNameWithoutExtension(SourcePath);
}
