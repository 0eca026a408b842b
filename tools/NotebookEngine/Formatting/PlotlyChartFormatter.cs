using System.Text.Json.Nodes;

namespace NotebookEngine.Formatting;

/// <summary>Gráficos Plotly.NET (pendiente).</summary>
internal sealed class PlotlyChartFormatter(ChartImageRenderer? renderer) : IValueFormatter
{
    public ChartImageRenderer? Renderer { get; } = renderer;

    public bool TryFormat(object value, IDictionary<string, JsonNode> data) => false;
}
