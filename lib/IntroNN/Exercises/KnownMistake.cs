namespace IntroNN;

/// <summary>
/// Una respuesta equivocada típica de un ejercicio numérico y lo que la explica, dicho en los términos del ejercicio
/// (por ejemplo, −log 0.2 cuando la etiqueta es 0: «la etiqueta real recibe 1 − ŷ = 0.8»).
/// </summary>
/// <param name="Answer">El número al que lleva ese error.</param>
/// <param name="Explanation">Qué está mal y cómo se arregla; sustituye a la pista general en el mensaje.</param>
internal sealed record KnownMistake(double Answer, string Explanation)
{
    /// <summary>
    /// Como <see cref="Exercise.CheckNumber"/>, pero si la respuesta (incorrecta) coincide con uno de los errores
    /// típicos, el mensaje explica ese error en vez de dar la pista general.
    /// </summary>
    /// <param name="answer">La respuesta; <c>double.NaN</c> o <c>null</c> mientras no la haya.</param>
    /// <param name="expected">El valor correcto.</param>
    /// <param name="hint">La pista para una respuesta incorrecta que no es ninguno de los errores típicos.</param>
    /// <param name="mistakes">Los errores típicos, con su explicación.</param>
    internal static ExerciseResult CheckNumber(
        double? answer,
        double expected,
        string hint,
        params KnownMistake[] mistakes
    )
    {
        var verdict = Exercise.CheckNumber(answer, expected, hint);
        if (verdict.Status != ExerciseStatus.Incorrect)
            return verdict;
        foreach (var mistake in mistakes)
            if (Exercise.CheckNumber(answer, mistake.Answer, hint).Status == ExerciseStatus.Correct)
                return Exercise.CheckNumber(answer, expected, mistake.Explanation);
        return verdict;
    }
}
