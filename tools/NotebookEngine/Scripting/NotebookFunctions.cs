using NotebookEngine.Formatting;

namespace NotebookEngine.Scripting;

/// <summary>
/// Las funciones de cuaderno de Polyglot. En una celda, <c>display(x)</c> sin prefijo llega por
/// <see cref="ScriptGlobals"/>; dentro de una clase declarada en una celda, <c>NotebookFunctions.display(x)</c>.
/// </summary>
public static class NotebookFunctions
{
    /// <summary>
    /// Muestra <paramref name="value"/> como una salida <c>display_data</c> de la celda actual, en todas las
    /// representaciones que sepa el motor (o solo en las de <paramref name="mimeTypes"/>, si se dan).
    /// </summary>
#pragma warning disable IDE1006 // "display" en minúscula: es el nombre que usan los cuadernos de Polyglot.
    public static void display(object? value, params string[] mimeTypes)
#pragma warning restore IDE1006
    {
        if (CellContext.Current is not { } cell)
        {
            Console.WriteLine(ValueFormatter.PlainText(value));
            return;
        }
        cell.Emit(new DisplayOutput(cell.Formatter.Format(value, mimeTypes, isResult: false)));
    }
}
