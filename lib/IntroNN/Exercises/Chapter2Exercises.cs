namespace IntroNN;

/// <summary>
/// Correctores de los ejercicios del capítulo 2 (notebooks/02-verosimilitud-bernoulli.ipynb). Cada uno acepta la
/// respuesta correcta, reconoce los errores típicos y explica qué falla en los términos del ejercicio.
/// </summary>
public static class Chapter2Exercises
{
    /// <summary>Ejercicio 1: con ŷ = 0.8 y etiqueta real y = 0, p(y | x) = 1 − ŷ = 0.2.</summary>
    /// <param name="probability">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckLabelProbability(double? probability) =>
        KnownMistake.CheckNumber(
            probability,
            expected: 0.2,
            hint: "con y = 0 la forma de Bernoulli ŷ^y·(1 − ŷ)^(1 − y) se queda con el factor 1 − ŷ",
            new KnownMistake(
                0.8,
                "0.8 es ŷ, la probabilidad de la clase 1; la etiqueta real es y = 0, así que cuenta 1 − ŷ"
            ),
            new KnownMistake(1, "1 es solo el primer factor, ŷ⁰; falta multiplicar por (1 − ŷ)¹")
        );

    /// <summary>Ejercicio 2: la verosimilitud de ŷ = (0.9, 0.2, 0.7) con y = (1, 0, 1): 0.9·0.8·0.7 = 0.504.</summary>
    /// <param name="likelihood">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckLikelihood(double? likelihood) =>
        KnownMistake.CheckNumber(
            likelihood,
            expected: 0.9 * 0.8 * 0.7,
            hint: "multiplica la probabilidad que recibe la etiqueta real de cada muestra (la 2.ª tiene y = 0)",
            new KnownMistake(0.9 * 0.2 * 0.7, "la 2.ª muestra tiene y = 0: su factor es 1 − 0.2 = 0.8, no 0.2"),
            new KnownMistake(0.9 + 0.8 + 0.7, "la verosimilitud es el producto de las probabilidades, no su suma"),
            new KnownMistake(
                (0.9 + 0.8 + 0.7) / 3,
                "la verosimilitud es el producto de las probabilidades, no su media"
            ),
            new KnownMistake(Math.Log(0.504), "eso es su logaritmo (el ejercicio 4); aquí se pide el producto")
        );

    /// <summary>Ejercicio 3: con p = 0.5 por muestra, el producto 0.5ⁿ llega a 0 por primera vez en n = 1075.</summary>
    /// <param name="samples">La respuesta; <c>null</c> mientras no la haya.</param>
    public static ExerciseResult CheckFirstZeroOfHalves(long? samples)
    {
        string? explanation = samples switch
        {
            1074 => "0.5¹⁰⁷⁴ = 2⁻¹⁰⁷⁴ ≈ 4.9·10⁻³²⁴ es justo el menor double positivo: todavía no es 0",
            1022 or 1023 =>
                "2⁻¹⁰²² es el menor double con todas sus cifras, pero por debajo aún caben números con menos cifras, "
                    + "hasta 2⁻¹⁰⁷⁴",
            1076 => "con n = 1075 ya da 0: 2⁻¹⁰⁷⁵ es la mitad del menor double y redondea a 0",
            _ => null,
        };
        return Exercise.CheckInteger(
            samples,
            expected: 1075,
            hint: explanation
                ?? "0.5ⁿ = 2⁻ⁿ; el menor double positivo es 2⁻¹⁰⁷⁴, y lo que no llega a su mitad redondea a 0"
        );
    }

    /// <summary>Ejercicio 4: la log-verosimilitud de las muestras del ejercicio 2, log 0.9 + log 0.8 + log 0.7 ≈ −0.685.</summary>
    /// <param name="logLikelihood">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckLogLikelihood(double? logLikelihood) =>
        KnownMistake.CheckNumber(
            logLikelihood,
            expected: Math.Log(0.9) + Math.Log(0.8) + Math.Log(0.7),
            hint: "suma log 0.9 + log 0.8 + log 0.7, con el logaritmo natural (Math.Log)",
            new KnownMistake(
                Math.Log10(0.504),
                "ese es el logaritmo en base 10 (Math.Log10); la log-verosimilitud usa el natural, Math.Log"
            ),
            new KnownMistake(
                -Math.Log(0.504),
                "el logaritmo de una probabilidad menor que 1 es negativo: sobra el signo menos "
                    + "(−ℓ será la pérdida del capítulo 3)"
            ),
            new KnownMistake(
                Math.Log(0.9 * 0.2 * 0.7),
                "la 2.ª muestra tiene y = 0: su término es log(1 − 0.2) = log 0.8, no log 0.2"
            )
        );
}
