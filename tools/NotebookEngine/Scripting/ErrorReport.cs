using System.Diagnostics;
using System.Reflection;
using System.Resources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NotebookEngine.Cancellation;

namespace NotebookEngine.Scripting;

/// <summary>
/// Convierte errores de compilación y excepciones en salidas <c>error</c> en español que dicen en qué línea (y
/// columna) de la celda ocurrieron, contadas como las ve el usuario (antes de que el motor instrumente el código).
/// </summary>
internal static class ErrorReport
{
    /// <summary>Los errores de compilación de una celda, en una sola salida.</summary>
    public static ErrorOutput FromDiagnostics(
        IEnumerable<Diagnostic> diagnostics,
        string cellPath,
        string originalCode,
        PositionMap map
    )
    {
        var text = SourceText.From(originalCode);
        var lines = new List<string>();
        int? firstLine = null,
            firstColumn = null;
        foreach (var diagnostic in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var location = diagnostic.Location;
            string where;
            if (location.IsInSource && location.SourceTree?.FilePath == cellPath)
            {
                if (map.IsInserted(location.SourceSpan.Start) && lines.Count > 0)
                    continue; // un eco del error del usuario dentro del código que añade el motor
                var position = text.Lines.GetLinePosition(
                    Math.Min(map.ToOriginal(location.SourceSpan.Start), text.Length)
                );
                firstLine ??= position.Line + 1;
                firstColumn ??= position.Character + 1;
                where = $"línea {position.Line + 1}, columna {position.Character + 1}";
            }
            else if (location.IsInSource)
            {
                var span = location.GetLineSpan();
                where =
                    $"{Path.GetFileName(span.Path)}, línea {span.StartLinePosition.Line + 1}, columna {span.StartLinePosition.Character + 1}";
            }
            else
            {
                where = "referencias";
            }
            lines.Add(
                $"Error de compilación en la {where}: {diagnostic.Id}: {diagnostic.GetMessage(SpanishResourceCulture.Instance)}"
            );
        }
        var message = lines.Count > 0 ? lines[0] : "Error de compilación.";
        return new ErrorOutput("CompilationError", message, lines) { Line = firstLine, Column = firstColumn };
    }

    /// <summary>
    /// Una excepción de la celda: tipo, dónde (la línea de celda más interior de la traza: la de la celda actual o
    /// la de la celda anterior que declaró el método), mensaje en español y las líneas de la traza que tienen
    /// archivo. <paramref name="describeCell"/> nombra el archivo de una celda anterior, o da <c>null</c> si el
    /// archivo no es de una celda.
    /// </summary>
    public static ErrorOutput FromException(Exception exception, string cellPath, Func<string, string?> describeCell)
    {
        if (exception is CellStoppedException)
            return new ErrorOutput(
                "CellStopped",
                "La ejecución de la celda se detuvo (tiempo agotado o interrupción).",
                []
            );
        string? Cell(string file) => file == cellPath ? "la celda" : describeCell(file);
        var frames = FramesWithLines(exception);
        int? line = frames.FirstOrDefault(f => f.GetFileName() == cellPath)?.GetFileLineNumber();
        var inCell = frames.FirstOrDefault(f => Cell(f.GetFileName()!) is not null);
        var where = inCell is null ? "" : $" en la línea {inCell.GetFileLineNumber()} de {Cell(inCell.GetFileName()!)}";
        var message = $"{exception.GetType().Name}{where}: {Text(exception, Cell)}";
        var traceback = new List<string> { message };
        traceback.AddRange(
            frames
                .Take(MaxFrames)
                .Select(f =>
                {
                    var where =
                        $"línea {f.GetFileLineNumber()} de {Cell(f.GetFileName()!) ?? Path.GetFileName(f.GetFileName())}";
                    return FrameNames.Of(f.GetMethod()) is { } method
                        ? $"   en {method}, {where}"
                        : $"   en la {where}";
                })
        );
        if (frames.Count > MaxFrames)
            traceback.Add($"   … y {frames.Count - MaxFrames} llamadas más");
        if (exception.InnerException is { } inner)
            traceback.Add($"Causa: {inner.GetType().Name}: {Text(inner, Cell)}");
        return new ErrorOutput(exception.GetType().Name, message, traceback) { Line = line };
    }

    // Una recursión sin fin deja miles de llamadas en la traza: basta con las primeras.
    private const int MaxFrames = 12;

    private static List<StackFrame> FramesWithLines(Exception exception) =>
        new StackTrace(exception, fNeedFileInfo: true)
            .GetFrames()
            .Where(f => f.GetFileName() is { Length: > 0 } && f.GetFileLineNumber() > 0)
            .ToList();

    /// <summary>
    /// El mensaje tal cual si el texto es nuestro; si no, su explicación en español (<see cref="ExceptionExplanations"/>)
    /// y detrás el original, marcado para poder buscarlo. Es nuestro el texto que escribió quien lanzó la excepción:
    /// el código de una celda (salvo que sea el texto de serie del runtime, como el de un
    /// <see cref="NullReferenceException"/>) o un ensamblado que declara sus mensajes en español
    /// (<see cref="NeutralResourcesLanguageAttribute"/> «es», que llevan todos los proyectos del repositorio).
    /// </summary>
    private static string Text(Exception exception, Func<string, string?> cell)
    {
        var thrower = new StackTrace(exception, fNeedFileInfo: true).GetFrame(0);
        var thrownInCell = thrower?.GetFileName() is { Length: > 0 } file && cell(file) is not null;
        var runtimeText = IsRuntimeText(exception);
        var source = runtimeText ? typeof(object).Assembly : exception.TargetSite?.DeclaringType?.Assembly;
        if ((thrownInCell && !runtimeText) || Language(source).StartsWith("es", StringComparison.Ordinal))
            return exception.Message;
        var original = OriginalText(exception.Message);
        var label = Language(source).StartsWith("en", StringComparison.Ordinal)
            ? "En inglés"
            : $"Texto original de {source?.GetName().Name ?? "la biblioteca"}";
        return $"{ExceptionExplanations.For(exception, original)}. ({label}: «{original}»)";
    }

    private static string Language(Assembly? assembly) =>
        assembly?.GetCustomAttribute<NeutralResourcesLanguageAttribute>()?.CultureName ?? "";

    // Un texto del runtime aunque la excepción salte en una línea de la celda: el mensaje de serie de su tipo (el que
    // pone la máquina virtual al leer null o dividir entre cero, o un «throw new NotImplementedException()» sin texto)
    // o una falta de memoria, que solo lanza la máquina virtual y con textos suyos («Array dimensions exceeded
    // supported range.»). Solo con tipos del runtime: crear uno no ejecuta código ajeno.
    private static bool IsRuntimeText(Exception exception)
    {
        var type = exception.GetType();
        if (exception is OutOfMemoryException)
            return true;
        if (type.Assembly != typeof(object).Assembly || type.GetConstructor(Type.EmptyTypes) is null)
            return false;
        return ((Exception)Activator.CreateInstance(type)!).Message == exception.Message;
    }

    // libtorch añade a su mensaje la traza de C++ («Exception raised from ... frame #0: ...»): sobra para quien aprende.
    private static string OriginalText(string message)
    {
        var trace = message.IndexOf("\nException raised from ", StringComparison.Ordinal);
        return (trace < 0 ? message : message[..trace]).Trim();
    }

    /// <summary>Un error del motor (paquete que no se restaura, kernel que no es C#...).</summary>
    public static ErrorOutput Simple(string name, string message) => new(name, message, [message]);
}
