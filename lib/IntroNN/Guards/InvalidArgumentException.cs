namespace IntroNN;

/// <summary>
/// Un argumento que no sirve. El mensaje, en español, dice qué argumento, qué llegó y qué se esperaba.
/// </summary>
/// <remarks>
/// Existe porque <see cref="ArgumentException.Message"/> añade «(Parameter 'x')» y
/// <see cref="ArgumentOutOfRangeException"/> añade «Actual value was …», en inglés: quien aprende leería una frase
/// en dos idiomas. Aquí el mensaje es solo el nuestro y el argumento sigue en <see cref="ParamName"/>.
/// Es una <see cref="ArgumentException"/>: un <c>catch (ArgumentException)</c> la atrapa.
/// </remarks>
public class InvalidArgumentException : ArgumentException
{
    private readonly string? _paramName;

    /// <summary>Crea la excepción con el mensaje completo y el nombre del argumento.</summary>
    public InvalidArgumentException(string message, string? paramName, Exception? innerException = null)
        : base(message, innerException) => _paramName = paramName;

    /// <summary>El argumento que no sirve.</summary>
    public override string? ParamName => _paramName;
}
