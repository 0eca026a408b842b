using NotebookEngine;
using NotebookEngine.Editing;

namespace NotebookKernel.Execution;

/// <summary>
/// Las celdas del kernel, ejecutadas por el motor: una <see cref="NotebookSession"/>. Con
/// <paramref name="cellTimeout"/>, cada celda se detiene si su código pasa de ese tiempo (sin contar restaurar
/// paquetes ni compilar), como si se interrumpiera.
/// </summary>
internal sealed class NotebookSessionExecutor(SessionOptions options, TimeSpan? cellTimeout = null) : ICellExecutor
{
    private readonly NotebookSession _session = NotebookSession.Create(options);

    public Task<CellResult> ExecuteAsync(
        string code,
        Action<CellOutput>? onOutput,
        CancellationToken cancellationToken
    ) => _session.ExecuteAsync(code, onOutput, cellTimeout, cancellationToken);

    public void WarmUp() => _session.WarmUpCompiler();

    public ScriptContext Context => _session.EditingContext;

    public NotebookEngine.Widgets.WidgetHub Widgets => _session.Widgets;

    public void Dispose() => _session.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
