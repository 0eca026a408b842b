using System.Text.Json.Nodes;
using NotebookEngine;

namespace NotebookEngine.Tests;

/// <summary>Atajos para leer salidas en las pruebas.</summary>
internal static class Outputs
{
    public static string Text(IReadOnlyDictionary<string, JsonNode> data) =>
        data.TryGetValue("text/plain", out var text) ? text.GetValue<string>() : string.Join(",", data.Keys);

    public static string Describe(IEnumerable<CellOutput> outputs) =>
        string.Join(
            " | ",
            outputs.Select(o =>
                o switch
                {
                    StreamOutput s => $"{s.Name}:{s.Text}",
                    DisplayOutput d => $"display:{Text(d.Data)}",
                    ResultOutput r => $"result:{Text(r.Data)}",
                    ErrorOutput e => $"error:{e.Name}:{e.Message}",
                    _ => o.ToString(),
                }
            )
        );
}
