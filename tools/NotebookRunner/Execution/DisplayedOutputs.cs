using NotebookFormat;

namespace NotebookRunner.Execution;

/// <summary>
/// Las salidas con <c>display_id</c> de todo el cuaderno, para que una celda pueda actualizar la salida de otra
/// anterior (<c>var d = display(x);</c> en una celda y <c>d.Update(y);</c> en otra), como hace nbclient: el cuaderno
/// ejecutado guarda el último estado de cada una.
/// </summary>
internal sealed class DisplayedOutputs
{
    private readonly Dictionary<string, List<(NotebookCell Cell, int Position)>> _shown = [];

    /// <summary>Aplica a las celdas anteriores las actualizaciones de <paramref name="run"/> y anota sus displays.</summary>
    public void Add(NotebookCell cell, CellRun run)
    {
        foreach (var update in run.Updates)
        {
            foreach (var (earlier, position) in _shown.GetValueOrDefault(update.DisplayId) ?? [])
            {
                var outputs = earlier.Outputs.ToList();
                outputs[position] = update.Output;
                earlier.SetExecution(earlier.ExecutionCount, outputs);
            }
        }
        foreach (var (id, positions) in run.DisplayIds)
        {
            if (!_shown.TryGetValue(id, out var places))
                _shown[id] = places = [];
            places.AddRange(positions.Select(position => (cell, position)));
        }
    }
}
