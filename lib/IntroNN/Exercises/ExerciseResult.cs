namespace IntroNN;

/// <summary>Estado de la respuesta a un ejercicio de un capítulo.</summary>
public enum ExerciseStatus
{
    /// <summary>La celda conserva su valor por defecto (NaN, null): aún no hay respuesta.</summary>
    Unanswered,

    /// <summary>La respuesta coincide con la esperada.</summary>
    Correct,

    /// <summary>Hay respuesta, pero no es la esperada.</summary>
    Incorrect,
}

/// <summary>
/// Veredicto de <see cref="Exercise"/>: el estado y la línea que ve quien aprende
/// ("Todavía sin responder", "✔ ¡Correcto!" o "✘ Aún no: pista").
/// </summary>
/// <param name="Status">Sin responder, correcta o incorrecta.</param>
/// <param name="Message">La línea que imprime la celda de comprobación.</param>
public sealed record ExerciseResult(ExerciseStatus Status, string Message)
{
    /// <summary>El mensaje, para que <c>Console.WriteLine(resultado)</c> imprima solo la línea.</summary>
    public override string ToString() => Message;
}
