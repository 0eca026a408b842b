using NotebookFormat;

namespace NotebookRunner.Execution;

/// <summary>Cómo acabó una celda.</summary>
internal enum CellEnd
{
    /// <summary>Terminó bien.</summary>
    Ok,

    /// <summary>Terminó con un error (de compilación, una excepción, un paquete que no existe...).</summary>
    Error,

    /// <summary>Superó el tiempo máximo; se interrumpió y se detuvo.</summary>
    TimedOut,

    /// <summary>Se pidió parar (Ctrl+C, SIGTERM) y se detuvo.</summary>
    Cancelled,

    /// <summary>No se detuvo tras la interrupción: el ejecutor mató su proceso.</summary>
    Killed,

    /// <summary>Su proceso terminó durante la celda (Environment.Exit, desbordamiento de pila, fallo nativo...).</summary>
    KernelDied,
}

/// <summary>Lo que dejó una celda: su número de ejecución, sus salidas, sus instantes y cómo acabó.</summary>
/// <param name="ExecutionCount">El número que le dio el kernel; <c>null</c> si no llegó a ejecutarse.</param>
/// <param name="Outputs">Sus salidas, en orden.</param>
/// <param name="Times">Los instantes de nbclient (<c>iopub.execute_input</c>, <c>shell.execute_reply</c>...).</param>
/// <param name="End">Cómo acabó.</param>
/// <param name="Message">En español, qué falló; <c>null</c> si terminó bien.</param>
/// <param name="Line">La línea de la celda donde falló, si el kernel la sabe.</param>
/// <param name="Elapsed">Cuánto tardó, medido aquí.</param>
internal sealed record CellRun(
    int? ExecutionCount,
    IReadOnlyList<NotebookOutput> Outputs,
    IReadOnlyDictionary<string, DateTimeOffset> Times,
    CellEnd End,
    string? Message,
    int? Line,
    TimeSpan Elapsed
)
{
    /// <summary>Qué salidas (sus posiciones en <see cref="Outputs"/>) se mostraron con cada <c>display_id</c>.</summary>
    public IReadOnlyDictionary<string, List<int>> DisplayIds { get; init; } = new Dictionary<string, List<int>>();

    /// <summary>Las <c>update_display_data</c> que llegaron durante la celda, en orden (ya aplicadas a las suyas).</summary>
    public IReadOnlyList<DisplayUpdate> Updates { get; init; } = [];

    /// <summary>Si el proceso del kernel ya no sirve para las celdas siguientes.</summary>
    public bool KernelLost => End is CellEnd.Killed or CellEnd.KernelDied;

    /// <summary>
    /// Lo que tardó la celda según el kernel (de <c>iopub.execute_input</c> a <c>shell.execute_reply</c>), o según
    /// el reloj del ejecutor si faltan esos instantes.
    /// </summary>
    public TimeSpan Duration =>
        Times.TryGetValue("iopub.execute_input", out var start) && Times.TryGetValue("shell.execute_reply", out var end)
            ? end - start
            : Elapsed;
}
