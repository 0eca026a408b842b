namespace NotebookEngine.Cancellation;

/// <summary>La celda se detuvo porque se agotó su tiempo o alguien la interrumpió.</summary>
public sealed class CellStoppedException() : OperationCanceledException("La ejecución de la celda se detuvo.");
