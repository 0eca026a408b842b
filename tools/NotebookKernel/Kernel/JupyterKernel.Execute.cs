using System.Text.Json.Nodes;
using JupyterProtocol;
using NotebookEngine;

namespace NotebookKernel.Kernel;

// execute_request: ejecutar una celda, publicar sus salidas según llegan y, tras un error, abortar las celdas que
// el cliente ya había puesto en cola (stop_on_error), como hace Jupyter al pulsar "ejecutar todo".
internal sealed partial class JupyterKernel
{
    // Una marca interna en la cola de shell: las celdas en cola por delante de ella se abortan.
    private const string EndAbortingMarker = "(fin de aborto)";

    private readonly Lock _runLock = new();
    private CancellationTokenSource? _runningCell;
    private int _executionCount;
    private bool _aborting;

    private void Execute(JupyterMessage request)
    {
        var content = request.Content;
        if (_aborting)
        {
            _log.Info("celda abortada: una celda anterior falló con stop_on_error");
            // Sin execution_count, como IPython: la celda no se ejecutó y el cliente la deja como «In [ ]:».
            Respond(Channel.Shell, request, new JsonObject { ["status"] = "aborted" });
            return;
        }
        string code = Text(content, "code");
        bool silent = Flag(content, "silent", false);
        bool storeHistory = !silent && Flag(content, "store_history", true);
        bool stopOnError = Flag(content, "stop_on_error", true);

        Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
        // Como IPython: una celda en blanco no cuenta ni se ejecuta.
        if (storeHistory && !string.IsNullOrWhiteSpace(code))
            _executionCount++;
        int count = _executionCount;
        if (!silent)
            Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request);

        var error = string.IsNullOrWhiteSpace(code) ? null : Run(code, count, silent, request);
        if (error is not null)
            _log.Info($"celda {count}: {error.Name}");

        var reply = error is null
            ? new JsonObject
            {
                ["status"] = "ok",
                ["payload"] = new JsonArray(),
                ["user_expressions"] = new JsonObject(),
            }
            : OutputMessages.ErrorContent(error);
        if (error is not null)
        {
            reply["status"] = "error";
            // Extensión de este kernel: dónde está el error en la celda, para el resumen del ejecutor.
            if (error.Line is { } line)
                reply["line"] = line;
            if (error.Column is { } column)
                reply["column"] = column;
        }
        reply["execution_count"] = count;
        _sockets.Send(Channel.Shell, JupyterMessage.Create("execute_reply", reply, request, _session));
        Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
        if (!string.IsNullOrWhiteSpace(code))
            RecordHistory(count, code, storeHistory);

        if (error is not null && stopOnError && _shellQueue.Count > 0)
        {
            _aborting = true;
            _shellQueue.Add(EndAborting());
        }
    }

    // Ejecuta la celda y devuelve su error, o null si terminó bien.
    private ErrorOutput? Run(string code, int count, bool silent, JupyterMessage request)
    {
        using var cancellation = new CancellationTokenSource();
        lock (_runLock)
            _runningCell = cancellation;
        int published = 0;
        void OnOutput(CellOutput output)
        {
            Interlocked.Increment(ref published);
            NoteForHistory(output);
            if (!silent)
            {
                var (type, content) = OutputMessages.From(output, count);
                Publish(type, content, request);
            }
        }

        try
        {
            var result = Executor.ExecuteAsync(code, OnOutput, cancellation.Token).GetAwaiter().GetResult();
            // El motor entrega las salidas por onOutput según ocurren; si no entregó ninguna, van las del resultado.
            if (Volatile.Read(ref published) == 0)
            {
                foreach (var output in result.Outputs)
                    OnOutput(output);
            }
            if (result.Succeeded)
                return null;
            return result.Outputs.OfType<ErrorOutput>().LastOrDefault()
                ?? new ErrorOutput("Error", "La celda falló sin dar detalles.", []);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return PublishError(
                new ErrorOutput(
                    "OperationCanceledException",
                    "Ejecución interrumpida.",
                    ["Ejecución interrumpida a petición del usuario."]
                )
            );
        }
        catch (Exception e)
        {
            // Un fallo del motor, no de la celda: se informa como error de la celda y la sesión sigue.
            _log.Warning($"el motor falló al ejecutar la celda {count}: {e}");
            return PublishError(new ErrorOutput(e.GetType().Name, e.Message, [e.ToString()]));
        }
        finally
        {
            lock (_runLock)
                _runningCell = null;
        }

        ErrorOutput PublishError(ErrorOutput error)
        {
            OnOutput(error);
            return error;
        }
    }

    private JupyterMessage EndAborting() => JupyterMessage.Create(EndAbortingMarker, [], null, _session);

    private static bool Flag(JsonObject content, string name, bool fallback) =>
        content[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;
}
