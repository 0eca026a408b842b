namespace NotebookEngine.Scripting;

/// <summary>
/// El objeto global de cada celda: sus miembros se usan sin prefijo en el código de nivel superior de la celda y en
/// los métodos que declara, como en Polyglot (<c>display(x)</c>). Dentro de una clase declarada en una celda, usa
/// <c>NotebookFunctions.display(x)</c> o <c>x.Display()</c>.
/// </summary>
/// <remarks>
/// No se usa un <c>using static</c> de <see cref="NotebookFunctions"/> entre los imports del script: Roslyn no vuelve
/// a enlazar por nombre los imports de tipo de las celdas anteriores, y cuando dos celdas acaban con símbolos distintos
/// del mismo ensamblado (pasa si otra compilación usa a la vez las mismas referencias) <c>display</c> se vuelve ambiguo
/// (CS0121).
/// </remarks>
public sealed class ScriptGlobals
{
    /// <inheritdoc cref="NotebookFunctions.display"/>
#pragma warning disable IDE1006 // "display" en minúscula: es el nombre que usan los cuadernos de Polyglot.
    public DisplayHandle display(object? value, params string[] mimeTypes) =>
        NotebookFunctions.display(value, mimeTypes);
#pragma warning restore IDE1006

    /// <inheritdoc cref="NotebookFunctions.ClearOutput"/>
    public void ClearOutput(bool wait = false) => NotebookFunctions.ClearOutput(wait);

    /// <inheritdoc cref="NotebookFunctions.Interact(Func{object?}, Widgets.Widget[])"/>
    public Widgets.Interaction Interact(Func<object?> function, params Widgets.Widget[] controls) =>
        NotebookFunctions.Interact(function, controls);

    /// <inheritdoc cref="NotebookFunctions.Interact(Action, Widgets.Widget[])"/>
    public Widgets.Interaction Interact(Action action, params Widgets.Widget[] controls) =>
        NotebookFunctions.Interact(action, controls);
}
