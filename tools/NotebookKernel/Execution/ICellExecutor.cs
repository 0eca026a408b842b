using NotebookEngine;
using NotebookEngine.Editing;

namespace NotebookKernel.Execution;

/// <summary>
/// Lo que el kernel necesita del motor: ejecutar una celda en la sesión y saber qué hay declarado en ella para
/// completar e inspeccionar. Es una interfaz para poder probar el protocolo con un motor falso.
/// </summary>
internal interface ICellExecutor : IDisposable
{
    /// <summary>
    /// Ejecuta <paramref name="code"/> en la sesión. Las salidas llegan a <paramref name="onOutput"/> según ocurren;
    /// cancelar <paramref name="cancellationToken"/> detiene la celda (bucles incluidos) sin perder la sesión.
    /// </summary>
    Task<CellResult> ExecuteAsync(string code, Action<CellOutput>? onOutput, CancellationToken cancellationToken);

    /// <summary>
    /// Prepara el compilador (JIT, metadatos de las referencias) sin tocar la sesión, para que la primera celda del
    /// usuario no pague ese coste. Se llama en segundo plano cuando el kernel está ocioso.
    /// </summary>
    void WarmUp();

    /// <summary>Las celdas ya compiladas, referencias e importaciones de la sesión, para el editor.</summary>
    ScriptContext Context { get; }

    /// <summary>Los controles de la sesión (comms de widgets); <c>null</c> si el motor no tiene.</summary>
    NotebookEngine.Widgets.WidgetHub? Widgets => null;
}
