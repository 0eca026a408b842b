using System.Text.Json.Nodes;
using NotebookKernel.Protocol;

namespace NotebookKernel.Kernel;

// complete_request e inspect_request: los servicios de edición del motor, envueltos en mensajes (las posiciones del
// protocolo cuentan puntos de código; las de Roslyn, unidades UTF-16).
internal sealed partial class JupyterKernel
{
    private JsonObject CompleteReply(string code, int cursorCodePoints)
    {
        int cursor = CodePoints.ToUtf16Index(code, cursorCodePoints);
        var result = _editing.Complete(Executor.Context, code, cursor);
        int start = CodePoints.FromUtf16Index(code, result.Start);
        int end = CodePoints.FromUtf16Index(code, result.End);
        var types = new JsonArray();
        foreach (var match in result.Matches)
            types.Add(
                new JsonObject
                {
                    ["start"] = start,
                    ["end"] = end,
                    ["text"] = match.Text,
                    ["type"] = match.Kind,
                    ["signature"] = "",
                }
            );
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(result.Matches.Select(m => (JsonNode?)JsonValue.Create(m.Text)).ToArray()),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject { ["_jupyter_types_experimental"] = types },
        };
    }

    private JsonObject InspectReply(string code, int cursorCodePoints)
    {
        var inspection = _editing.Inspect(Executor.Context, code, CodePoints.ToUtf16Index(code, cursorCodePoints));
        var data = new JsonObject();
        if (inspection is not null)
        {
            data["text/plain"] = inspection.PlainText;
            data["text/markdown"] = inspection.Markdown;
        }
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = inspection is not null,
            ["data"] = data,
            ["metadata"] = new JsonObject(),
        };
    }
}
