using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Text;
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
    // Una lambda de expresión se prueba con return, luego como instrucción y por fin sin tocar: como mucho dos
    // compilaciones más, y solo en las celdas con lambdas que no aceptan la primera forma (Action, árboles de expresión)
    // o con errores del propio usuario dentro de una lambda.
    private const int MaxRetries = 2;

    public static StageResult<CompiledCell> Compile(
        CellSource source,
        string cellPath,
        int cancellationSlot,
        ScriptOptions scriptOptions,
        ScriptState<object>? previous,
        CancellationToken cancellationToken
    )
    {
        // Compilar a la vez que el calentamiento del proceso, con las mismas referencias del framework, hace que Roslyn
        // falle a veces al inferir tipos en lambdas (CS0411 en «lista.Sum(p => p.Y)» tras declarar el tipo en otra
        // celda): la celda espera a que acabe.
        ScriptEnvironment.WaitForWarmUp();
        var options = scriptOptions.WithFilePath(cellPath);
        var forms = new Dictionary<int, LambdaForm>();
        for (var retry = 0; ; retry++)
        {
            var instrumented = CancellationInjector.Inject(
                source.Code,
                cancellationSlot,
                ScriptEnvironment.ParseOptions,
                forms
            );
            var script = previous is null
                ? CSharpScript.Create(instrumented.Code, options, typeof(ScriptGlobals))
                : previous.Script.ContinueWith(instrumented.Code, options);
            var errors = script.Compile(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count == 0)
                return new CompiledCell(script, cellPath, LastExpression.HasValue(script.GetCompilation()));
            if (retry == MaxRetries || !NextLambdaForms(errors, instrumented, cellPath, forms))
                return ErrorReport.FromDiagnostics(errors, cellPath, source.Code, instrumented.Map);
        }
    }

    // La lambda más interior que contiene cada error pasa a su forma siguiente; false si ninguna cambió.
    private static bool NextLambdaForms(
        IEnumerable<Diagnostic> errors,
        Instrumented instrumented,
        string cellPath,
        Dictionary<int, LambdaForm> forms
    )
    {
        var changed = false;
        var culprits = errors
            .Where(e => e.Location.IsInSource && e.Location.SourceTree?.FilePath == cellPath)
            .Select(e => Innermost(instrumented.Lambdas, instrumented.Map.ToOriginal(e.Location.SourceSpan.Start)))
            .OfType<TextSpan>()
            .Distinct();
        foreach (var lambda in culprits)
        {
            var form = forms.GetValueOrDefault(lambda.Start, LambdaForm.Return);
            if (form == LambdaForm.Untouched)
                continue;
            forms[lambda.Start] = form == LambdaForm.Return ? LambdaForm.Statement : LambdaForm.Untouched;
            changed = true;
        }
        return changed;
    }

    private static TextSpan? Innermost(IReadOnlyList<TextSpan> lambdas, int position) =>
        lambdas.Where(l => l.Contains(position)).OrderBy(l => l.Length).Cast<TextSpan?>().FirstOrDefault();
}
