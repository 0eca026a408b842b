using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NotebookEngine.Cancellation;
using NotebookEngine.Scripting;

namespace NotebookEngine.Pipeline;

/// <summary>Una celda compilada, lista para ejecutarse como continuación de la sesión.</summary>
/// <param name="Script">El guion de Roslyn (instrumentado para poder pararlo).</param>
/// <param name="Path">El nombre de archivo de la celda en las trazas (<c>celdaN.csx</c> en la carpeta del cuaderno).</param>
/// <param name="ShowsValue">Si acaba en una expresión con valor que se muestra como resultado.</param>
internal sealed record CompiledCell(Script<object> Script, string Path, bool ShowsValue);

/// <summary>
/// Etapa de compilación: inserta las comprobaciones de cancelación (<see cref="CancellationInjector"/>) y compila la
/// celda como continuación del estado anterior (<c>CSharpScript.Create</c> la primera vez, <c>ContinueWith</c> luego).
/// Los errores se devuelven en la línea y columna que escribió el usuario.
/// </summary>
internal static class CellCompiler
{
    public static StageResult<CompiledCell> Compile(
        CellSource source,
        string cellPath,
        int cancellationSlot,
        ScriptOptions scriptOptions,
        ScriptState<object>? previous,
        CancellationToken cancellationToken
    )
    {
        var (instrumented, map) = CancellationInjector.Inject(
            source.Code,
            cancellationSlot,
            ScriptEnvironment.ParseOptions
        );
        var options = scriptOptions.WithFilePath(cellPath);
        var script = previous is null
            ? CSharpScript.Create(instrumented, options, typeof(ScriptGlobals))
            : previous.Script.ContinueWith(instrumented, options);
        var diagnostics = script.Compile(cancellationToken);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            return ErrorReport.FromDiagnostics(diagnostics, cellPath, source.Code, map);
        return new CompiledCell(script, cellPath, LastExpression.HasValue(script.GetCompilation()));
    }
}
