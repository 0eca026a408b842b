namespace NotebookEngine;

/// <summary>Lo que dejó la ejecución de una celda: si terminó bien, sus salidas en orden y cuánto tardó.</summary>
public sealed record CellResult(bool Succeeded, IReadOnlyList<CellOutput> Outputs, TimeSpan Elapsed);
