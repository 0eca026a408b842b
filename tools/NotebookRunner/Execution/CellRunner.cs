using System.Diagnostics;
using System.Text.Json.Nodes;
using JupyterProtocol;
using NotebookFormat;

namespace NotebookRunner.Execution;

/// <summary>
/// Ejecuta una celda en un kernel como nbclient (<c>async_execute_cell</c>): envía <c>execute_request</c>, recoge lo
/// que publica en iopub hasta <c>status: idle</c> y espera <c>execute_reply</c> por shell. El tiempo máximo lo aplica
/// el propio kernel (<c>NOTEBOOK_CELL_TIMEOUT</c>: cuenta el código de la celda, no la restauración de paquetes) y lo
/// vigila el ejecutor con un margen: si se agota ese margen o se pide parar, interrumpe el kernel
/// (<c>interrupt_request</c>); si la celda no para (el kernel responde <c>CellNotStopped</c>, o no responde), mata el
/// proceso. Si el proceso muere, lo dice y devuelve lo que la celda llegó a producir.
/// </summary>
internal static class CellRunner
{
    /// <summary>
    /// Margen del vigilante sobre el tiempo máximo: el kernel detiene la celda a su tiempo, pero no cuenta lo que tarda
    /// en restaurar paquetes o compilar proyectos (la primera vez, minutos).
    /// </summary>
    public static readonly TimeSpan WatchdogAllowance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Cuánto se espera la respuesta después de interrumpir: el motor da 3 s a la celda para parar y luego la
    /// abandona; pasado este margen, el ejecutor mata el proceso.
    /// </summary>
    public static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(10);

    // Tras execute_reply, lo que quede en iopub llega enseguida (como iopub_timeout de nbclient).
    private static readonly TimeSpan IOPubGrace = TimeSpan.FromSeconds(4);

    /// <summary>Ejecuta <paramref name="code"/> en <paramref name="kernel"/>, cuyo tiempo máximo por celda es <paramref name="timeout"/>.</summary>
    public static async Task<CellRun> RunAsync(
        KernelProcess kernel,
        string code,
        TimeSpan? timeout,
        CancellationToken stop
    )
    {
        var watch = Stopwatch.StartNew();
        var request = kernel.Client.Execute(code, stopOnError: false);
        var outputs = new CellOutputs();
        JsonObject? reply = null;
        CellEnd? interruption = null;
        var deadline = timeout is { } limit ? watch.Elapsed + limit + WatchdogAllowance : (TimeSpan?)null;
        while (reply is null || !outputs.Idle)
        {
            var next = await NextAsync(kernel, deadline - watch.Elapsed, interruption is null ? stop : default)
                .ConfigureAwait(false);
            if (next.Message is { } received)
            {
                if (received.Message.ParentId != request.MessageId)
                    continue; // de otra petición (un kernel_info anterior...)
                if (received.Channel == Channel.IOPub)
                    outputs.Add(received.Message);
                else if (received.Message.MessageType == "execute_reply")
                {
                    reply = received.Message.Content;
                    outputs.Stamp("shell.execute_reply", received.Message);
                    var iopubDeadline = watch.Elapsed + IOPubGrace;
                    deadline = deadline is { } d && d < iopubDeadline ? d : iopubDeadline;
                }
                continue;
            }
            if (next.Exited is { } exitCode)
                return await DiedAsync(kernel, exitCode, outputs, watch.Elapsed).ConfigureAwait(false);
            if (reply is not null)
                break; // ya respondió y el idle no llegó a tiempo: lo que hay es lo que hay
            if (interruption is not null)
            {
                kernel.Kill();
                return End(outputs, CellEnd.Killed, NotStoppedMessage(interruption.Value, timeout), null, watch);
            }
            interruption = next.Stopped ? CellEnd.Cancelled : CellEnd.TimedOut;
            kernel.Interrupt();
            deadline = watch.Elapsed + InterruptGrace;
        }
        return Finished(kernel, reply, interruption, timeout, outputs, watch);
    }

    // El nombre del error con que el motor dice que una celda no paró (NotebookSession.CellNotStoppedName).
    private const string NotStopped = "CellNotStopped";

    private static CellRun Finished(
        KernelProcess kernel,
        JsonObject reply,
        CellEnd? interruption,
        TimeSpan? timeout,
        CellOutputs outputs,
        Stopwatch watch
    )
    {
        var line = reply["line"] is JsonValue l && l.TryGetValue(out int n) ? n : (int?)null;
        if (reply["status"]?.GetValue<string>() == "ok")
            return End(outputs, CellEnd.Ok, null, null, watch);
        var name = reply["ename"]?.GetValue<string>();
        var message = reply["evalue"]?.GetValue<string>() ?? "la celda falló";
        if (name == NotStopped)
        {
            kernel.Kill(); // su hilo seguiría gastando un núcleo: se termina el proceso
            return End(
                outputs,
                CellEnd.Killed,
                NotStoppedMessage(interruption ?? CellEnd.TimedOut, timeout),
                null,
                watch
            );
        }
        if (interruption == CellEnd.TimedOut)
        {
            message =
                $"La celda no terminó en {(timeout!.Value + WatchdogAllowance).TotalSeconds:0.###} s "
                + $"({timeout.Value.TotalSeconds:0.###} s de tiempo máximo más el margen para restaurar paquetes): "
                + "el ejecutor la interrumpió.";
            outputs.ReplaceLastError(new ErrorOutput("CellStopped", message, [message]));
        }
        // Sin interrupción del ejecutor, solo el tiempo máximo del kernel detiene una celda.
        var end = interruption ?? (name == "CellStopped" ? CellEnd.TimedOut : CellEnd.Error);
        return End(outputs, end, message, line, watch);
    }

    private static async Task<CellRun> DiedAsync(
        KernelProcess kernel,
        int exitCode,
        CellOutputs outputs,
        TimeSpan elapsed
    )
    {
        // Lo que el kernel publicó antes de morir puede estar aún en camino por ZeroMQ.
        await Task.Delay(100).ConfigureAwait(false);
        while (kernel.Client.TryReceive(out var late))
            if (late.Channel == Channel.IOPub)
                outputs.Add(late.Message);
        var how = ProcessEnd.Describe(exitCode, kernel.LastLines());
        var message = $"El proceso del kernel terminó durante la celda: {how}.";
        outputs.ReplaceLastError(new ErrorOutput("KernelDied", message, [message]));
        return new CellRun(
            outputs.ExecutionCount,
            [.. outputs.Outputs],
            outputs.Times,
            CellEnd.KernelDied,
            message,
            null,
            elapsed
        )
        {
            DisplayIds = outputs.DisplayIds,
            Updates = outputs.Updates,
        };
    }

    private static CellRun End(CellOutputs outputs, CellEnd end, string? message, int? line, Stopwatch watch)
    {
        if (end == CellEnd.Killed)
            outputs.ReplaceLastError(new ErrorOutput("CellStopped", message!, [message!]));
        return new CellRun(
            outputs.ExecutionCount,
            [.. outputs.Outputs],
            outputs.Times,
            end,
            message,
            line,
            watch.Elapsed
        )
        {
            DisplayIds = outputs.DisplayIds,
            Updates = outputs.Updates,
        };
    }

    private static string NotStoppedMessage(CellEnd interruption, TimeSpan? timeout)
    {
        var why =
            interruption == CellEnd.TimedOut
                ? $"superó el tiempo máximo de {timeout?.TotalSeconds ?? 0:0.###} s"
                : "se pidió parar la ejecución";
        return $"La celda {why} y no se detuvo al interrumpirla (¿espera en código nativo o en un Thread.Sleep?): "
            + "el ejecutor terminó su proceso, y las celdas siguientes de este cuaderno no se ejecutaron.";
    }

    // Lo siguiente que pase: un mensaje, el fin del proceso, el fin del plazo o una petición de parar.
    private static async Task<Next> NextAsync(KernelProcess kernel, TimeSpan? wait, CancellationToken stop)
    {
        if (kernel.Client.TryReceive(out var ready))
            return new Next(ready, null, false);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
        if (wait is { } w)
            cancel.CancelAfter(w > TimeSpan.Zero ? w : TimeSpan.Zero);
        var receive = kernel.Client.ReceiveAsync(cancel.Token).AsTask();
        if (await Task.WhenAny(receive, kernel.Exited).ConfigureAwait(false) != receive)
        {
            cancel.Cancel();
            try
            {
                return new Next(await receive.ConfigureAwait(false), null, false);
            }
            catch (OperationCanceledException)
            {
                return new Next(null, await kernel.Exited.ConfigureAwait(false), false);
            }
        }
        try
        {
            return new Next(await receive.ConfigureAwait(false), null, false);
        }
        catch (OperationCanceledException)
        {
            return new Next(null, null, stop.IsCancellationRequested);
        }
    }

    private readonly record struct Next(ReceivedMessage? Message, int? Exited, bool Stopped);
}
