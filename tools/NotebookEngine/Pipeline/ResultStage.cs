using NotebookEngine.Formatting;
using NotebookEngine.Scripting;

namespace NotebookEngine.Pipeline;

/// <summary>
/// Última etapa: lo que muestra la celda al acabar. Su excepción como salida <c>error</c> (con la línea de la celda),
/// o el valor de su última expresión, formateado, como <c>execute_result</c> (salvo la salida que devuelve
/// <c>display</c>, que ya está a la vista).
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
        // display(x) sin punto y coma: x ya está a la vista; su DisplayHandle no se muestra.
        return cell.ShowsValue && state.ReturnValue is not DisplayHandle
            ? new ResultOutput(formatter.Format(state.ReturnValue, mimeTypes: null, isResult: true))
            : null;
    }
}
