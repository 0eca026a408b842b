using Microsoft.CodeAnalysis.Scripting;
using NotebookEngine.Cancellation;
using NotebookEngine.Scripting;

namespace NotebookEngine.Pipeline;

/// <summary>Lo que dejó el código de una celda: el estado de la sesión tras ella (si acabó) y por qué paró (si paró).</summary>
/// <param name="State">El estado tras la celda, con sus variables; <c>null</c> si la celda no llegó a terminar.</param>
/// <param name="Stop">El error de una celda detenida o abandonada; <c>null</c> si terminó sola.</param>
internal sealed record ScriptRun(ScriptState<object>? State, ErrorOutput? Stop);

/// <summary>
/// Etapa de ejecución: corre la celda compilada en un hilo del grupo, bajo la cancelación de su sesión. Pedir parar
/// (interrupción o tiempo agotado) activa la ranura de cancelación que comprueba el código instrumentado; si la celda
/// no para en <see cref="StopGracePeriod"/> (código nativo, <c>Thread.Sleep</c>), se abandona con el error
/// <see cref="NotebookSession.CellNotStoppedName"/> y la sesión sigue con el estado de antes.
/// </summary>
internal static class ScriptRunner
{
    /// <summary>Cuánto se espera a que una celda pare después de pedírselo.</summary>
    public static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Ejecuta <paramref name="cell"/> tras <paramref name="previous"/>. <paramref name="timeout"/> cuenta desde que
    /// empieza el código; <paramref name="interrupt"/> lo para en cualquier momento.
    /// </summary>
    public static async Task<ScriptRun> RunAsync(
        CompiledCell cell,
        ScriptState<object>? previous,
        int cancellationSlot,
        TimeSpan? timeout,
        CancellationToken interrupt
    )
    {
        using var timeoutSource = new CancellationTokenSource();
        using var stopSource = CancellationTokenSource.CreateLinkedTokenSource(interrupt, timeoutSource.Token);
        CellCancellation.Reset(cancellationSlot);
        if (timeout is { } limit)
            timeoutSource.CancelAfter(limit);
        var run = Task.Run(() =>
            previous is null
                ? cell.Script.RunAsync(new ScriptGlobals(), catchException: _ => true, CancellationToken.None)
                : cell.Script.RunFromAsync(previous, catchException: _ => true, CancellationToken.None)
        );
        using (stopSource.Token.Register(() => CellCancellation.Request(cancellationSlot)))
        {
            if (await Task.WhenAny(run, WhenStopRequestExpires(stopSource.Token)).ConfigureAwait(false) != run)
                return new ScriptRun(
                    null,
                    ErrorReport.Simple(
                        NotebookSession.CellNotStoppedName,
                        $"La celda no respondió a la orden de parar en {StopGracePeriod.TotalSeconds:0} s: está esperando "
                            + "o calculando fuera de su propio código (Thread.Sleep, una espera de red o de disco, código "
                            + "nativo o un bucle dentro de una biblioteca), donde el motor no puede pararla. Se abandona: "
                            + "su hilo sigue ocupado hasta que acabe por sí solo y la sesión sigue con el estado de antes "
                            + "de esta celda (si gasta CPU, reinicia el kernel)."
                    )
                );
        }
        ScriptState<object> state;
        try
        {
            state = await run.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return new ScriptRun(null, ErrorReport.FromException(exception, cell.Path, CellNames.Describe));
        }
        if (state.Exception is not CellStoppedException)
            return new ScriptRun(state, null);
        var message =
            timeoutSource.IsCancellationRequested && timeout is { } t
                ? $"La celda superó el tiempo máximo de {t.TotalSeconds:0.###} s y se detuvo."
                : "La celda se interrumpió y se detuvo.";
        return new ScriptRun(state, ErrorReport.Simple("CellStopped", message));
    }

    // Termina cuando ha pasado el margen de gracia desde que se pidió parar; nunca si no se pide.
    private static async Task WhenStopRequestExpires(CancellationToken stop)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) { }
        await Task.Delay(StopGracePeriod, CancellationToken.None).ConfigureAwait(false);
    }
}
