namespace NotebookTools.Benchmarks.Engine;

/// <summary>
/// Los globales de la línea base de Roslyn sin el motor: un <c>display</c> que solo guarda el valor, para que el
/// mismo cuaderno compile igual que en el motor.
/// </summary>
public sealed class RoslynGlobals
{
    /// <summary>Lo último que se pasó a <see cref="display"/>.</summary>
    public object? LastDisplayed { get; private set; }

    /// <summary>Como el <c>display(x)</c> de Polyglot, pero sin formatear ni emitir nada.</summary>
    // El nombre en minúsculas es el de Polyglot: así lo escriben las celdas.
#pragma warning disable IDE1006
    public void display(object? value) => LastDisplayed = value;
#pragma warning restore IDE1006
}
