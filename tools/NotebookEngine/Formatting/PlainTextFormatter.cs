using System.Text.Json.Nodes;

namespace NotebookEngine.Formatting;

/// <summary>El último recurso: <c>ToString()</c> como <c>text/plain</c>.</summary>
internal sealed class PlainTextFormatter : IValueFormatter
{
    public bool TryFormat(object value, IDictionary<string, JsonNode> data)
    {
        data[ValueFormatter.PlainTextMime] = ValueFormatter.PlainText(value);
        return true;
    }
}
