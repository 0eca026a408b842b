using System.Globalization;

namespace IntroNN;

/// <summary>
/// Corrige los ejercicios de los capítulos. Cada comprobación devuelve un <see cref="ExerciseResult"/> y nunca lanza
/// por culpa de la respuesta (solo por argumentos mal puestos por quien escribe el capítulo): así un cuaderno con los
/// ejercicios sin hacer se ejecuta de principio a fin en CI.
/// </summary>
/// <remarks>
/// Uso en un cuaderno: <c>double respuesta1 = double.NaN; // ← tu respuesta</c> en una celda, y en la siguiente
/// <c>Console.WriteLine(Exercise.CheckNumber(respuesta1, expected: 0.5, hint: "..."));</c>.
/// </remarks>
public static class Exercise
{
    /// <summary>Lo que se imprime mientras la respuesta conserva su valor por defecto.</summary>
    public const string UnansweredMessage = "Todavía sin responder";

    /// <summary>Lo que se imprime cuando la respuesta es correcta.</summary>
    public const string CorrectMessage = "✔ ¡Correcto!";

    /// <summary>
    /// Comprueba un número: correcto si |respuesta − esperado| ≤ tolerancia · max(1, |esperado|)
    /// (absoluta cerca de 0, relativa para números grandes). NaN o null cuentan como "sin responder".
    /// </summary>
    /// <param name="answer">La respuesta; <c>double.NaN</c> o <c>null</c> mientras no la haya.</param>
    /// <param name="expected">El valor correcto (finito).</param>
    /// <param name="hint">Pista que se muestra si la respuesta no es correcta.</param>
    /// <param name="tolerance">Tolerancia, ≥ 0. Por defecto 10⁻³: basta con tres decimales.</param>
    public static ExerciseResult CheckNumber(double? answer, double expected, string hint, double tolerance = 1e-3)
    {
        Guard.Finite(expected, nameof(expected));
        Guard.NonNegative(tolerance, nameof(tolerance));
        Guard.NotNull(hint, nameof(hint));

        if (answer is not { } value || double.IsNaN(value))
            return Unanswered();
        bool close = Math.Abs(value - expected) <= tolerance * Math.Max(1.0, Math.Abs(expected));
        return close ? Correct() : Incorrect($"tu respuesta: {Format(value)}", hint);
    }

    /// <summary>Comprueba un número entero exacto; <c>null</c> cuenta como "sin responder".</summary>
    /// <param name="answer">La respuesta; <c>null</c> mientras no la haya.</param>
    /// <param name="expected">El valor correcto.</param>
    /// <param name="hint">Pista que se muestra si la respuesta no es correcta.</param>
    public static ExerciseResult CheckInteger(long? answer, long expected, string hint)
    {
        Guard.NotNull(hint, nameof(hint));
        if (answer is not { } value)
            return Unanswered();
        return value == expected
            ? Correct()
            : Incorrect($"tu respuesta: {value.ToString(CultureInfo.InvariantCulture)}", hint);
    }

    /// <summary>Comprueba una respuesta sí/no; <c>null</c> cuenta como "sin responder".</summary>
    /// <param name="answer"><c>true</c>, <c>false</c>, o <c>null</c> mientras no la haya.</param>
    /// <param name="expected">El valor correcto.</param>
    /// <param name="hint">Pista que se muestra si la respuesta no es correcta.</param>
    public static ExerciseResult CheckBoolean(bool? answer, bool expected, string hint)
    {
        Guard.NotNull(hint, nameof(hint));
        if (answer is not { } value)
            return Unanswered();
        return value == expected ? Correct() : Incorrect($"tu respuesta: {(value ? "true" : "false")}", hint);
    }

    /// <summary>
    /// Comprueba una función escrita por quien aprende comparándola con la de referencia en unos puntos.
    /// Sin responder si la función es <c>null</c>, lanza <see cref="NotImplementedException"/> o devuelve NaN en todos
    /// los puntos. Si lanza otra excepción o falla en un punto, la respuesta es incorrecta y el mensaje dice dónde.
    /// </summary>
    /// <param name="candidate">La función de quien aprende.</param>
    /// <param name="reference">La función correcta.</param>
    /// <param name="points">Puntos donde se comparan (al menos uno).</param>
    /// <param name="hint">Pista que se muestra si la respuesta no es correcta.</param>
    /// <param name="tolerance">Tolerancia en cada punto, como en <see cref="CheckNumber"/>.</param>
    /// <param name="variable">Nombre de la variable en los mensajes ("x", "z"...), el mismo que usa el capítulo.</param>
    public static ExerciseResult CheckFunction(
        Func<double, double>? candidate,
        Func<double, double> reference,
        IReadOnlyList<double> points,
        string hint,
        double tolerance = 1e-6,
        string variable = "x"
    )
    {
        Guard.NotNull(reference, nameof(reference));
        Guard.NotNull(points, nameof(points));
        Guard.NotNull(hint, nameof(hint));
        Guard.NotBlank(variable, nameof(variable));
        if (points.Count == 0)
            Guard.Fail(nameof(points), "está vacío", "al menos un punto donde comparar");
        if (candidate is null)
            return Unanswered();

        var answers = new double[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            try
            {
                answers[i] = candidate(points[i]);
            }
            catch (NotImplementedException)
            {
                return Unanswered();
            }
            catch (Exception e)
            {
                // La respuesta de quien aprende no debe tumbar el cuaderno: se informa y se sigue.
                return Incorrect(
                    $"tu función lanza {e.GetType().Name} en {variable} = {Format(points[i])}: {e.Message}",
                    hint
                );
            }
        }
        if (answers.All(double.IsNaN))
            return Unanswered();

        for (int i = 0; i < points.Count; i++)
        {
            var verdict = CheckNumber(answers[i], reference(points[i]), hint, tolerance);
            if (verdict.Status != ExerciseStatus.Correct)
                return Incorrect(
                    $"en {variable} = {Format(points[i])} tu función da {Format(answers[i])}, se esperaba {Format(reference(points[i]))}",
                    hint
                );
        }
        return Correct();
    }

    internal static ExerciseResult Unanswered() => new(ExerciseStatus.Unanswered, UnansweredMessage);

    internal static ExerciseResult Correct() => new(ExerciseStatus.Correct, CorrectMessage);

    /// <param name="detail">Qué respondió quien aprende ("tu respuesta: 0.5"), para que vea qué se corrigió.</param>
    /// <param name="hint">La pista del capítulo.</param>
    internal static ExerciseResult Incorrect(string detail, string hint)
    {
        string message = string.IsNullOrWhiteSpace(hint) ? $"✘ Aún no ({detail})." : $"✘ Aún no: {hint} ({detail})";
        return new ExerciseResult(ExerciseStatus.Incorrect, message);
    }

    internal static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
