namespace NotebookEngine.Editing;

/// <summary>
/// Completar, inspeccionar y decidir si una celda está completa, sobre un único <see cref="ScriptWorkspace"/>.
/// Las llamadas se serializan con un cerrojo: el calentamiento en segundo plano y las peticiones del cliente
/// no pisan el mismo espacio de trabajo.
/// </summary>
public sealed class EditingServices : IDisposable
{
    // La composición MEF de Roslyn tarda; se crea con la primera petición (o el calentamiento), no al arrancar.
    private readonly Lazy<ScriptWorkspace> _workspace = new(() => new ScriptWorkspace());
    private readonly Lock _lock = new();

    /// <summary>Ver <see cref="CompletenessChecker.Check"/>.</summary>
    public IsCompleteResult IsComplete(string code) => CompletenessChecker.Check(code);

    /// <summary>Completaciones en <paramref name="position"/> (índice UTF-16) de <paramref name="code"/> como celda siguiente.</summary>
    public CompletionResult Complete(ScriptContext context, string code, int position)
    {
        lock (_lock)
        {
            var document = _workspace.Value.DocumentFor(context, code);
            return CodeCompleter.CompleteAsync(document, Math.Clamp(position, 0, code.Length)).GetAwaiter().GetResult();
        }
    }

    /// <summary>Firma y documentación del símbolo en <paramref name="position"/> (índice UTF-16), o <c>null</c>.</summary>
    public Inspection? Inspect(ScriptContext context, string code, int position)
    {
        lock (_lock)
        {
            var document = _workspace.Value.DocumentFor(context, code);
            return SymbolInspector
                .InspectAsync(document, Math.Clamp(position, 0, code.Length))
                .GetAwaiter()
                .GetResult();
        }
    }

    /// <summary>
    /// Carga Roslyn y sus servicios (composición MEF, JIT, metadatos) con una petición de prueba, para que la primera
    /// completación del usuario no tarde segundos.
    /// </summary>
    public void WarmUp(ScriptContext context)
    {
        Complete(context, "System.Console.", "System.Console.".Length);
        Inspect(context, "System.Console.WriteLine", "System.Console.WriteLine".Length);
    }

    /// <summary>Libera el espacio de trabajo de Roslyn, si se llegó a crear.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_workspace.IsValueCreated)
                _workspace.Value.Dispose();
        }
    }
}
