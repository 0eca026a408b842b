using NotebookEngine.Formatting;
using NotebookEngine.Scripting;

namespace NotebookEngine.Pipeline;

/// <summary>
/// Última etapa: lo que muestra la celda al acabar. Su excepción como salida <c>error</c> (con la línea de la celda),
/// o el valor de su última expresión, formateado, como <c>execute_result</c>.
/// </summary>
internal static class ResultStage
{
    /// <summary>La salida final de una celda que terminó sola, o <c>null</c> si no muestra nada.</summary>
    public static CellOutput? Format(ScriptRun run, CompiledCell cell, ValueFormatter formatter)
    {
        if (run.State is not { } state)
            return null;
        if (state.Exception is { } thrown)
            return ErrorReport.FromException(thrown, cell.Path, CellNames.Describe);
        return cell.ShowsValue
            ? new ResultOutput(formatter.Format(state.ReturnValue, mimeTypes: null, isResult: true))
            : null;
    }
}
