using NotebookEngine;
using NotebookFormat;

namespace NotebookRunner.Execution;

/// <summary>Convierte las salidas del motor en salidas de nbformat 4.</summary>
public static class OutputConverter
{
    /// <summary>La salida nbformat de <paramref name="output"/>; <paramref name="executionCount"/> va en los resultados.</summary>
    public static NotebookOutput ToNotebook(CellOutput output, int executionCount) =>
        output switch
        {
            NotebookEngine.StreamOutput stream => new NotebookFormat.StreamOutput(stream.Name, stream.Text),
            DisplayOutput display => new RichOutput(false, display.Data),
            ResultOutput result => new RichOutput(true, result.Data) { ExecutionCount = executionCount },
            NotebookEngine.ErrorOutput error => new NotebookFormat.ErrorOutput(
                error.Name,
                error.Message,
                error.Traceback
            ),
            _ => throw new ArgumentException($"Tipo de salida desconocido: {output.GetType().Name}.", nameof(output)),
        };
}
