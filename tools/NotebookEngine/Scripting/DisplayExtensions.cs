namespace NotebookEngine.Scripting;

/// <summary>El método de extensión <c>x.Display()</c> de Polyglot: lo mismo que <c>display(x)</c>.</summary>
public static class DisplayExtensions
{
    /// <summary>
    /// Muestra el valor como una salida <c>display_data</c>. No devuelve nada, para que <c>grafico.Display()</c> como
    /// última línea sin punto y coma no lo muestre dos veces.
    /// </summary>
    public static void Display(this object? value, params string[] mimeTypes) =>
        NotebookFunctions.display(value, mimeTypes);
}
