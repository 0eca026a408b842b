using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NotebookEngine;
using NotebookKernel.History;

namespace NotebookKernel.Kernel;

// history_request: las celdas ejecutadas (de esta sesión y de las anteriores) con tail, range y search, como IPython.
internal sealed partial class JupyterKernel
{
    private string? _resultForHistory;

    /// <summary>
    /// Dónde se guardan las celdas ejecutadas. Sin él (el modo por lotes del ejecutor, que nunca lo consulta), no se
    /// guarda nada y <c>history_request</c> responde con un historial vacío.
    /// </summary>
    public HistoryStore? History { get; init; }

    // Se llama con cada salida de la celda en marcha: su resultado se guarda junto a su código.
    private void NoteForHistory(CellOutput output)
    {
        if (output is ResultOutput result && result.Data.TryGetValue("text/plain", out var text))
            _resultForHistory =
                text.GetValueKind() == System.Text.Json.JsonValueKind.String
                    ? text.GetValue<string>()
                    : text.ToJsonString();
    }

    // Tras responder a la celda (solo si store_history): un historial que no se puede escribir no rompe la ejecución.
    private void RecordHistory(int line, string code, bool store)
    {
        try
        {
            if (store)
                History?.Add(line, code, _resultForHistory);
        }
        catch (SqliteException e)
        {
            _log.Warning($"no se pudo guardar la celda {line} en el historial: {e.Message}");
        }
        finally
        {
            _resultForHistory = null;
        }
    }

    private JsonObject HistoryReply(JsonObject content)
    {
        var accessType = Text(content, "hist_access_type");
        if (History is null)
            return new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() };
        IReadOnlyList<HistoryEntry> entries;
        try
        {
            entries = accessType switch
            {
                "tail" => History.Tail((int)(Number(content, "n") ?? 10)),
                "range" => History.Range(
                    Number(content, "session") ?? 0,
                    (int)(Number(content, "start") ?? 0),
                    // Como IPython: sin stop (o 0), hasta el final de la sesión.
                    Number(content, "stop") is { } stop and not 0
                        ? (int)stop
                        : null
                ),
                "search" => History.Search(
                    Text(content, "pattern") is { Length: > 0 } pattern ? pattern : "*",
                    Number(content, "n") is { } n ? (int)n : null,
                    Flag(content, "unique", false)
                ),
                _ => throw new ArgumentException(
                    $"hist_access_type debe ser 'tail', 'range' o 'search', pero es '{accessType}'."
                ),
            };
        }
        catch (Exception e) when (e is ArgumentException or SqliteException)
        {
            return ErrorReply(e);
        }
        var withOutput = Flag(content, "output", false);
        var history = new JsonArray();
        foreach (var entry in entries)
        {
            JsonNode input = withOutput ? new JsonArray(entry.Source, entry.Output) : entry.Source;
            history.Add(new JsonArray(entry.Session, entry.Line, input));
        }
        return new JsonObject { ["status"] = "ok", ["history"] = history };
    }

    private static long? Number(JsonObject content, string name) =>
        content[name] is JsonValue value
            ? value.TryGetValue<long>(out var whole)
                ? whole
                : value.TryGetValue<double>(out var real) && double.IsFinite(real)
                    ? (long)real
                    : null
            : null;
}
