namespace IntroNN;

/// <summary>
/// Correctores de los ejercicios del capítulo 3 (notebooks/03-entropia-cruzada.ipynb). Cada uno acepta la respuesta
/// correcta, reconoce los errores típicos y explica qué falla en los términos del ejercicio.
/// </summary>
public static class Chapter3Exercises
{
    /// <summary>Ejercicio 1: la entropía cruzada de ŷ = 0.2 con y = 0, −log(1 − 0.2) = −log 0.8 ≈ 0.223.</summary>
    /// <param name="loss">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckLoss(double? loss) =>
        KnownMistake.CheckNumber(
            loss,
            expected: -Math.Log(0.8),
            hint: "con y = 0 solo queda el término −log(1 − ŷ)",
            new KnownMistake(
                -Math.Log(0.2),
                "con y = 0 la etiqueta real recibe 1 − ŷ = 0.8: la pérdida es −log 0.8, no −log 0.2"
            ),
            new KnownMistake(Math.Log(0.8), "una pérdida nunca es negativa: falta el signo menos de −log"),
            new KnownMistake(
                -Math.Log10(0.8),
                "ese es el logaritmo en base 10 (Math.Log10); la entropía cruzada usa el natural, Math.Log"
            )
        );

    /// <summary>
    /// Ejercicio 2: la entropía cruzada media de ŷ = (0.9, 0.6, 0.2) con y = (1, 1, 0):
    /// (−log 0.9 − log 0.6 − log 0.8) / 3 ≈ 0.280.
    /// </summary>
    /// <param name="meanLoss">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckMeanLoss(double? meanLoss)
    {
        double sum = -Math.Log(0.9) - Math.Log(0.6) - Math.Log(0.8);
        return KnownMistake.CheckNumber(
            meanLoss,
            expected: sum / 3,
            hint: "calcula la pérdida de cada muestra (−log 0.9, −log 0.6 y −log(1 − 0.2)) y haz la media",
            new KnownMistake(sum, "eso es la suma; la pérdida de un lote es la media: divide entre 3"),
            new KnownMistake(
                (-Math.Log(0.9) - Math.Log(0.6) - Math.Log(0.2)) / 3,
                "la 3.ª muestra tiene y = 0: su pérdida es −log(1 − 0.2) = −log 0.8, no −log 0.2"
            ),
            new KnownMistake(
                sum / 3 / Math.Log(10),
                "ese es el logaritmo en base 10 (Math.Log10); la entropía cruzada usa el natural, Math.Log"
            ),
            new KnownMistake(-sum / 3, "una pérdida nunca es negativa: falta el signo menos de −log")
        );
    }

    /// <summary>Ejercicio 3: el gradiente ∂L/∂z = ŷ − y con z = 2 e y = 0, que es σ(2) ≈ 0.881.</summary>
    /// <param name="gradient">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckLogitGradient(double? gradient)
    {
        double yHat = Activations.Sigmoid(2);
        return KnownMistake.CheckNumber(
            gradient,
            expected: yHat - 0,
            hint: "el gradiente es ŷ − y, con ŷ = σ(2)",
            new KnownMistake(-yHat, "el gradiente es ŷ − y, no y − ŷ: aquí es σ(2) − 0, positivo"),
            new KnownMistake(1 - yHat, "0.119 es 1 − σ(2) = σ(−2); ŷ = σ(2) ≈ 0.881"),
            new KnownMistake(
                yHat * yHat * (1 - yHat),
                "ese es el gradiente del error cuadrático, (ŷ − y)·ŷ·(1 − ŷ); el de la entropía cruzada es ŷ − y"
            ),
            new KnownMistake(
                Losses.BinaryCrossEntropyWithLogits(2, 0),
                "eso es la pérdida −log(1 − σ(2)); se pide su gradiente respecto a z, ŷ − y"
            )
        );
    }

    /// <summary>Ejercicio 4: con y = 1, la predicción que da pérdida 1: −log ŷ = 1, así que ŷ = e⁻¹ ≈ 0.368.</summary>
    /// <param name="yHat">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckPredictionForUnitLoss(double? yHat) =>
        KnownMistake.CheckNumber(
            yHat,
            expected: Math.Exp(-1),
            hint: "despeja ŷ en −log ŷ = 1 (log es el logaritmo natural)",
            new KnownMistake(
                0.1,
                "0.1 sale del logaritmo en base 10; con el natural, −log ŷ = 1 da ŷ = e⁻¹ (Math.Exp(-1))"
            ),
            new KnownMistake(Math.E, "ŷ es una probabilidad, entre 0 y 1: de −log ŷ = 1 sale log ŷ = −1"),
            new KnownMistake(
                1 - Math.Exp(-1),
                "1 − e⁻¹ da pérdida 1 cuando la etiqueta es 0; aquí y = 1, así que −log ŷ = 1"
            )
        );
}
