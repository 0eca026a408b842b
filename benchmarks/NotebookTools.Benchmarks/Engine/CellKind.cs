namespace NotebookTools.Benchmarks.Engine;

/// <summary>
/// Las clases de celda trivial que mide el motor: el trabajo es nulo, así que el tiempo es todo del motor
/// (analizar, instrumentar, compilar con Roslyn, ejecutar y formatear la salida).
/// </summary>
public enum CellKind
{
    /// <summary><c>var a7 = a6 + 1;</c>: sin salida.</summary>
    Assignment,

    /// <summary><c>Console.WriteLine(a7);</c>: una salida <c>stream</c>.</summary>
    Print,

    /// <summary><c>a7 * 2</c>: el valor de la última expresión, <c>execute_result</c>.</summary>
    Expression,

    /// <summary><c>display(a7);</c>: una salida <c>display_data</c>.</summary>
    Display,
}
