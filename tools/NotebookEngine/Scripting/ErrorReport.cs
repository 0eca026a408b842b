using System.Diagnostics;
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

    /// <summary>Una excepción de la celda: tipo, mensaje y las líneas de la traza que son código de celdas.</summary>
    public static ErrorOutput FromException(Exception exception, string cellPath, Func<string, string> describeCell)
    {
        if (exception is CellStoppedException)
            return new ErrorOutput(
                "CellStopped",
                "La ejecución de la celda se detuvo (tiempo agotado o interrupción).",
                []
            );
        var frames = new StackTrace(exception, fNeedFileInfo: true)
            .GetFrames()
            .Where(f => f.GetFileName() is { Length: > 0 } && f.GetFileLineNumber() > 0)
            .ToList();
        int? line = frames.FirstOrDefault(f => f.GetFileName() == cellPath)?.GetFileLineNumber();
        var first = frames.FirstOrDefault();
        var where =
            first is null ? ""
            : first.GetFileName() == cellPath ? $" en la línea {first.GetFileLineNumber()} de la celda"
            : $" en la línea {first.GetFileLineNumber()} de {describeCell(first.GetFileName()!)}";
        var message = $"{exception.GetType().Name}{where}: {Explain(exception)}";
        var traceback = new List<string> { message };
        traceback.AddRange(
            frames
                .Take(MaxFrames)
                .Select(f =>
                    $"   en {f.GetMethod()?.Name ?? "?"}, línea {f.GetFileLineNumber()} de {(f.GetFileName() == cellPath ? "la celda" : describeCell(f.GetFileName()!))}"
                )
        );
        if (frames.Count > MaxFrames)
            traceback.Add($"   … y {frames.Count - MaxFrames} llamadas más");
        if (exception.InnerException is { } inner)
            traceback.Add($"Causa: {inner.GetType().Name}: {inner.Message}");
        return new ErrorOutput(exception.GetType().Name, message, traceback) { Line = line };
    }

    // Una recursión sin fin deja miles de llamadas en la traza: basta con las primeras.
    private const int MaxFrames = 12;

    // Lo que dice la excepción, en español cuando es del motor; el texto original del runtime va detrás, marcado.
    private static string Explain(Exception exception) =>
        exception is InsufficientExecutionStackException
            ? "la pila de llamadas se agotó: ¿la celda se llama a sí misma sin fin (recursión infinita) o anida "
                + $"demasiadas llamadas? (del runtime: {exception.Message})"
            : exception.Message;

    /// <summary>Un error del motor (paquete que no se restaura, kernel que no es C#...).</summary>
    public static ErrorOutput Simple(string name, string message) => new(name, message, [message]);
}
