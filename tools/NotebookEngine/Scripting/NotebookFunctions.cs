using NotebookEngine.Formatting;
using NotebookEngine.Widgets;

namespace NotebookEngine.Scripting;

/// <summary>
/// Las funciones de cuaderno de Polyglot. En una celda, <c>display(x)</c> sin prefijo llega por
/// <see cref="ScriptGlobals"/>; dentro de una clase declarada en una celda, <c>NotebookFunctions.display(x)</c>.
/// </summary>
public static class NotebookFunctions
{
    /// <summary>
    /// Muestra <paramref name="value"/> como una salida <c>display_data</c> de la celda actual, en todas las
    /// representaciones que sepa el motor (o solo en las de <paramref name="mimeTypes"/>, si se dan). Devuelve la
    /// salida mostrada: <c>var d = display(x); d.Update(y);</c> la cambia en su sitio.
    /// </summary>
#pragma warning disable IDE1006 // "display" en minúscula: es el nombre que usan los cuadernos de Polyglot.
    public static DisplayHandle display(object? value, params string[] mimeTypes)
#pragma warning restore IDE1006
    {
        var cell = CellContext.Current;
        if (cell is null)
        {
            Console.WriteLine(ValueFormatter.PlainText(value));
            return DisplayHandle.Detached;
        }
        var handle = new DisplayHandle(Guid.NewGuid().ToString("N"), cell.Formatter, cell);
        cell.Emit(
            new DisplayOutput(cell.Formatter.Format(value, mimeTypes, isResult: false)) { DisplayId = handle.DisplayId }
        );
        return handle;
    }

    /// <summary>
    /// Borra las salidas de la celda actual (<c>clear_output</c>). Con <paramref name="wait"/>, el borrado espera a
    /// la siguiente salida: lo que se redibuja en un bucle no parpadea.
    /// </summary>
    public static void ClearOutput(bool wait = false) => CellContext.Current?.Emit(new ClearRequest(wait));

    /// <summary>
    /// Los controles <paramref name="controls"/> y, debajo, lo que devuelve <paramref name="function"/> (un gráfico,
    /// un número, un texto), que se vuelve a calcular cada vez que se mueve un control; como <c>interact</c> de
    /// ipywidgets. Se ejecuta ya una vez, con los valores iniciales. Se muestra como cualquier valor (última línea de
    /// la celda o <c>display</c>).
    /// </summary>
    public static Interaction Interact(Func<object?> function, params Widget[] controls)
    {
        ArgumentNullException.ThrowIfNull(function);
        return new Interaction(function, CheckControls(controls));
    }

    /// <summary>Como <see cref="Interact(Func{object?}, Widget[])"/>, para una función que solo escribe o muestra.</summary>
    public static Interaction Interact(Action action, params Widget[] controls)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new Interaction(
            () =>
            {
                action();
                return null;
            },
            CheckControls(controls)
        );
    }

    private static Widget[] CheckControls(Widget[]? controls)
    {
        if (controls is null || controls.Length == 0)
            throw WidgetArgumentException.Create(
                nameof(controls),
                controls is null ? "es null" : "está vacío",
                "al menos un control (un deslizador, un desplegable...) después de la función de Interact"
            );
        if (Array.IndexOf(controls, null) is var missing and >= 0)
            throw WidgetArgumentException.Create($"controls[{missing}]", "es null", "un control", nameof(controls));
        return controls;
    }
}
