using NotebookFormat;

namespace NotebookRunner.Execution;

/// <summary>La primera celda que falló: su número entre todas las celdas del cuaderno (desde 1), la línea y el mensaje.</summary>
public sealed record CellFailure(int CellNumber, int? Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line is { } line ? $"celda {CellNumber}, línea {line}: {Message}" : $"celda {CellNumber}: {Message}";
}

/// <summary>Lo que pasó con un cuaderno.</summary>
/// <param name="SourcePath">El cuaderno fuente.</param>
/// <param name="OutputPath">Dónde se escribió el ejecutado; <c>null</c> si no se pudo leer.</param>
/// <param name="CodeCells">Celdas de código del cuaderno.</param>
/// <param name="ExecutedCells">Celdas de código que llegaron a ejecutarse.</param>
/// <param name="Elapsed">Tiempo total.</param>
/// <param name="Failure">La primera celda que falló, si alguna.</param>
/// <param name="ReadError">Si el cuaderno no se pudo leer (JSON mal formado...), el motivo.</param>
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

    /// <summary>Si todo fue bien.</summary>
    public bool Succeeded => Failure is null && ReadError is null;

    /// <summary>El nombre del cuaderno sin extensión.</summary>
    public string Name => Path.GetFileNameWithoutExtension(SourcePath);
}
