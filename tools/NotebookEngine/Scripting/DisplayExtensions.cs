namespace NotebookEngine.Scripting;

/// <summary>El método de extensión <c>x.Display()</c> de Polyglot: lo mismo que <c>display(x)</c>.</summary>
public static class DisplayExtensions
{
    /// <summary>
    /// Muestra el valor como una salida <c>display_data</c> y la devuelve, para cambiarla después con
    /// <see cref="DisplayHandle.Update"/>. Como última línea sin punto y coma no se muestra dos veces: el resultado de
    /// una celda que es un <see cref="DisplayHandle"/> no se muestra.
    /// </summary>
    public static DisplayHandle Display(this object? value, params string[] mimeTypes) =>
        NotebookFunctions.display(value, mimeTypes);
}
