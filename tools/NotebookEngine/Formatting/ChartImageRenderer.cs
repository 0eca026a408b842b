namespace NotebookEngine.Formatting;

/// <summary>Dibuja figuras Plotly como PNG con Chromium sin ventana (pendiente).</summary>
internal sealed class ChartImageRenderer(string chromiumPath, TextWriter? log) : IAsyncDisposable
{
    public string ChromiumPath { get; } = chromiumPath;
    public TextWriter? Log { get; } = log;

    public byte[]? RenderPng(string figureJson, string plotlyJs) => null;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
