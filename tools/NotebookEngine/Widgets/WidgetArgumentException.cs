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
}
