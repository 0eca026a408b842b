namespace IntroNN;

/// <summary>
/// Correctores de los ejercicios del capítulo 1 (notebooks/01-sigmoide.ipynb). Cada uno acepta la respuesta correcta,
/// reconoce los errores típicos y explica qué falla en los términos del ejercicio.
/// </summary>
public static class Chapter1Exercises
{
    /// <summary>Ejercicio 1: z = w·x + b con x = (2, −1), w = (0.5, 3) y b = 1, que vale −1.</summary>
    /// <param name="z">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckDotProduct(double? z) =>
        KnownMistake.CheckNumber(
            z,
            expected: -1,
            hint: "multiplica componente a componente (0.5·2 y 3·(−1)), suma los productos y añade b",
            new KnownMistake(-2, "te falta sumar el sesgo b = 1"),
            new KnownMistake(5, "x₂ vale −1, así que su término es 3·(−1) = −3, no 3"),
            new KnownMistake(6.5, "cada peso va con su característica: w₁·x₁ + w₂·x₂ = 0.5·2 + 3·(−1)")
        );

    /// <summary>Ejercicio 2: la probabilidad P(y = 1 | x) = σ(−1) ≈ 0.269 de la muestra del ejercicio 1.</summary>
    /// <param name="probability">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckProbability(double? probability) =>
        KnownMistake.CheckNumber(
            probability,
            expected: Activations.Sigmoid(-1),
            hint: "aplica σ al z del ejercicio 1: σ(z) = 1 / (1 + e^(−z)); con z < 0 sale menos de 0.5",
            new KnownMistake(
                Activations.Sigmoid(1),
                "eso es σ(1); con z = −1 el exponente es −z = 1: σ(−1) = 1 / (1 + e¹)"
            ),
            new KnownMistake(-1, "eso es z; la probabilidad es σ(z), un número entre 0 y 1"),
            new KnownMistake(
                Activations.Sigmoid(-2),
                "eso es σ(−2): el z del ejercicio 1 es −1 (¿sumaste el sesgo b = 1?)"
            )
        );

    /// <summary>Ejercicio 3 (a): la frontera de decisión de w = −0.5, b = 2, que está en x = −b/w = 4.</summary>
    /// <param name="x">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckDecisionBoundary(double? x) =>
        KnownMistake.CheckNumber(
            x,
            expected: 4,
            hint: "la frontera es donde z = w·x + b = 0; despeja x",
            new KnownMistake(-4, "en x = −4 es z = −0.5·(−4) + 2 = 4, no 0: de −0.5·x + 2 = 0 sale x = 2 / 0.5"),
            new KnownMistake(0.25, "eso es −w/b; la frontera está en x = −b/w")
        );

    /// <summary>Ejercicio 3 (b): con w = −0.5 las x mayores que la frontera son de la clase 0 (<c>false</c>).</summary>
    /// <param name="largerXIsClassOne">La respuesta; <c>null</c> mientras no la haya.</param>
    public static ExerciseResult CheckSideOfBoundary(bool? largerXIsClassOne) =>
        Exercise.CheckBoolean(
            largerXIsClassOne,
            expected: false,
            hint: "con w = −0.5, en x = 10 es z = −3 y σ(−3) ≈ 0.047 < 0.5: un peso negativo da la vuelta a la curva"
        );

    // z = 40 es donde restar de 1 lo pierde todo: σ(40) ya es 1 en double y σ(−40) ≈ 4.2·10⁻¹⁸.
    private static readonly double[] ClassZeroPoints = [-800, -40, -3, 0, 3, 40, 800];

    /// <summary>
    /// Ejercicio 4: una función de z que dé P(y = 0 | x) = 1 − σ(z) sin perder cifras ni dar NaN en ningún z.
    /// </summary>
    /// <remarks>
    /// Correcta: σ(−z), o 1 / (1 + e^z). Errores típicos que reconoce: 1 − σ(z), que da 0 en z = 40 (σ(40) redondea a 1);
    /// e^(−z) / (1 + e^(−z)), igual en el papel pero NaN en z = −800 (∞/∞); y σ(z), la probabilidad de la otra clase.
    /// Se compara con error relativo 10⁻¹², porque lo que se mide es si conserva las cifras de los números diminutos;
    /// donde el valor verdadero ni siquiera cabe en un double (z = 800, σ(−800) ≈ 10⁻³⁴⁸) vale 0 o el menor double.
    /// </remarks>
    /// <param name="classZero">La función de quien aprende; <c>null</c>, o una que da NaN en todo z, mientras no la haya.</param>
    public static ExerciseResult CheckClassZeroProbability(Func<double, double>? classZero)
    {
        if (classZero is null)
            return Exercise.Unanswered();
        var answers = new double[ClassZeroPoints.Length];
        for (int i = 0; i < answers.Length; i++)
        {
            try
            {
                answers[i] = classZero(ClassZeroPoints[i]);
            }
            catch (NotImplementedException)
            {
                return Exercise.Unanswered();
            }
            catch (Exception e)
            {
                // La respuesta de quien aprende no debe tumbar el cuaderno: se informa y se sigue.
                return Exercise.Incorrect(
                    $"tu función lanza {e.GetType().Name} en z = {Exercise.Format(ClassZeroPoints[i])}: {e.Message}",
                    "P(y = 0 | x) tiene que dar un número para cualquier z"
                );
            }
        }
        if (answers.All(double.IsNaN))
            return Exercise.Unanswered();

        // En z = 3 las dos clases están lejos (0.953 y 0.047): si da σ(z), ha escrito la probabilidad de la clase 1.
        double atThree = answers[Array.IndexOf(ClassZeroPoints, 3)];
        if (SameDigits(atThree, Activations.Sigmoid(3)))
            return Exercise.Incorrect(
                $"en z = 3 tu función da {Exercise.Format(atThree)}",
                "eso es σ(z) = P(y = 1 | x), la probabilidad de la clase 1; se pide la de la clase 0"
            );

        for (int i = 0; i < answers.Length; i++)
        {
            double z = ClassZeroPoints[i];
            double expected = Activations.Sigmoid(-z);
            if (SameDigits(answers[i], expected))
                continue;
            string detail =
                $"en z = {Exercise.Format(z)} tu función da {Exercise.Format(answers[i])}, "
                + $"y P(y = 0 | x) = σ({Exercise.Format(-z)}) = {Exercise.Format(expected)}";
            if (double.IsNaN(answers[i]))
                return Exercise.Incorrect(
                    detail,
                    $"NaN sale de ∞/∞: e^{Exercise.Format(Math.Abs(z))} ya no cabe en un double y vale ∞. "
                        + "Usa una forma cuya exponencial tenga exponente negativo, e^(−|z|) ≤ 1"
                );
            if (answers[i] == 0 && expected > 0)
                return Exercise.Incorrect(
                    detail,
                    "σ(z) ya redondea a 1 en double, y al restarlo de 1 se pierden todas las cifras. "
                        + "Escríbela sin restar de 1: mira la simetría de la sección 1.4"
                );
            return Exercise.Incorrect(detail, "P(y = 0 | x) es 1 − σ(z), escrita de una forma que no pierda cifras");
        }
        return Exercise.Correct();
    }

    /// <summary>Iguales salvo redondeo (error relativo ≤ 10⁻¹²); por debajo del menor double, 0 y ese mínimo valen igual.</summary>
    private static bool SameDigits(double answer, double expected) =>
        Math.Abs(answer - expected) <= 1e-12 * Math.Abs(expected)
        || (Math.Abs(answer) <= double.Epsilon && Math.Abs(expected) <= double.Epsilon);
}
