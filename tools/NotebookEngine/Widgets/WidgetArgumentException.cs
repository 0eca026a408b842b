namespace NotebookEngine.Widgets;

/// <summary>
/// Un argumento de un control que no sirve, con un mensaje en español que dice cuál, qué llegó y qué se esperaba.
/// Como <c>InvalidArgumentException</c> de la biblioteca del curso (que el motor no conoce): sin el «(Parameter 'x')»
/// en inglés que añade <see cref="ArgumentException.Message"/>.
/// </summary>
public sealed class WidgetArgumentException(string message, string? paramName) : ArgumentException(message)
{
    /// <summary>El argumento que no sirve.</summary>
    public override string? ParamName => paramName;

    /// <summary>
    /// El error con la forma de mensaje de la biblioteca del curso: «<paramref name="name"/> <paramref name="came"/>,
    /// pero se esperaba <paramref name="expected"/>.»
    /// </summary>
    /// <param name="name">Lo que se nombra: el argumento o una parte de él («children[2]»).</param>
    /// <param name="came">Lo que llegó: «vale 11», «es null».</param>
    /// <param name="expected">Lo que hacía falta, detrás de «pero se esperaba».</param>
    /// <param name="paramName">El argumento, si <paramref name="name"/> es solo una parte de él.</param>
    public static WidgetArgumentException Create(string name, string came, string expected, string? paramName = null) =>
        new($"{name} {came}, pero se esperaba {expected}.", paramName ?? name);
}
