using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Comprobaciones de los ejercicios del capítulo 5 (notebooks/05-softmax.ipynb). Cada una reconoce los errores
/// típicos y los explica con las palabras del ejercicio, no con las de la comprobación.
/// </summary>
public static class Chapter5Exercises
{
    /// <summary>Las especies de Iris, para nombrar las clases en los mensajes del ejercicio 3.</summary>
    private static readonly string[] Species = ["setosa", "versicolor", "virginica"];

    /// <summary>
    /// Los logits con los que se prueba la softmax del ejercicio 3: unos pequeños, unos enormes (e^1000 es infinito),
    /// unos muy negativos (e^−1000 se redondea a 0) y unos mezclados (restar el mínimo o el primero no basta).
    /// </summary>
    private static readonly double[][] SoftmaxCases =
    [
        [2.0, 1.0, 0.1],
        [1000.0, 999.0, 998.0],
        [-1000.0, -1001.0, -1002.0],
        [0.0, -800.0, 800.0],
    ];

    /// <summary>
    /// Ejercicio 1: la pérdida (entropía cruzada) de un modelo de <paramref name="classes"/> clases cuyos logits son
    /// todos iguales, sea cual sea la clase correcta: −ln(1/K) = ln K.
    /// </summary>
    /// <param name="answer">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    /// <param name="classes">K, el número de clases del enunciado (al menos 2).</param>
    public static ExerciseResult CheckEqualLogitsLoss(double answer, int classes)
    {
        Guard.Classes(classes);
        double expected = Math.Log(classes);
        string hint =
            Matches(answer, Math.Log10(classes))
                ? $"ese es el logaritmo en base 10 de {classes}; la entropía cruzada usa el logaritmo natural (Math.Log)."
            : Matches(answer, Math.Log2(classes))
                ? $"ese es el logaritmo en base 2 de {classes}; la entropía cruzada usa el logaritmo natural (Math.Log)."
            : Matches(answer, -expected) ? "la pérdida es −log p, y como p < 1 sale positiva: te sobra un signo menos."
            : Matches(answer, 1.0 / classes)
                ? $"esa es la probabilidad de cada clase (1/{classes}); la pérdida es menos su logaritmo."
            : Matches(answer, Math.Log(classes - 1.0)) && classes > 2
                ? $"ese es el logaritmo de {classes - 1}: ¿cuántas clases hay? Cada una recibe 1/{classes}."
            : $"con {classes} logits iguales cada clase recibe la misma probabilidad; la pérdida es −log de "
                + "esa probabilidad.";
        return Exercise.CheckNumber(answer, expected, hint);
    }

    /// <summary>
    /// Ejercicio 2: cuántos números aprende una regresión softmax con <paramref name="features"/> medidas y
    /// <paramref name="classes"/> especies: la matriz W (una fila por medida, una columna por especie) más un sesgo
    /// por especie.
    /// </summary>
    /// <param name="answer">La respuesta; <c>null</c> mientras no la haya.</param>
    /// <param name="features">Medidas (características) de cada flor.</param>
    /// <param name="classes">Especies (clases), al menos 2.</param>
    public static ExerciseResult CheckParameterCount(long? answer, int features, int classes)
    {
        Guard.Positive(features, nameof(features));
        Guard.Classes(classes);
        long weights = (long)features * classes;
        string hint;
        if (answer == weights)
            hint = $"esos son los pesos de W ({features} × {classes}); faltan los sesgos, uno por especie.";
        else if (answer == weights + 1)
            hint = $"no hay un solo sesgo: cada especie tiene el suyo, así que son {classes}.";
        else if (answer == features + 1)
            hint =
                "esos son los de una regresión logística (un peso por medida y un sesgo); aquí cada especie "
                + "tiene su propia columna de pesos y su sesgo.";
        else if (answer == features + classes)
            hint =
                $"W no es un vector sino una matriz: una fila por medida y una columna por especie ({features} × {classes}).";
        else
            hint = "W tiene una fila por medida y una columna por especie, y hay un sesgo por especie.";
        return Exercise.CheckInteger(answer, weights + classes, hint);
    }

    /// <summary>
    /// Ejercicio 3: una softmax estable escrita por quien aprende. Se prueba con logits pequeños, enormes, muy
    /// negativos y mezclados; tiene que devolver tres probabilidades que sumen 1 y nunca NaN ni infinito.
    /// </summary>
    /// <remarks>
    /// Sin responder si la función es <c>null</c> o lanza <see cref="NotImplementedException"/>. Cada llamada recibe
    /// una copia de los logits, así que una respuesta que los modifica en su sitio también vale.
    /// </remarks>
    /// <param name="softmax">La función de quien aprende: de los logits a las probabilidades.</param>
    public static ExerciseResult CheckStableSoftmax(Func<double[], double[]>? softmax)
    {
        if (softmax is null)
            return new ExerciseResult(ExerciseStatus.Unanswered, Exercise.UnansweredMessage);
        foreach (double[] logits in SoftmaxCases)
        {
            string with = $"con los logits {Show(logits)}";
            double[]? answer;
            try
            {
                answer = softmax((double[])logits.Clone());
            }
            catch (NotImplementedException)
            {
                return new ExerciseResult(ExerciseStatus.Unanswered, Exercise.UnansweredMessage);
            }
            catch (Exception e)
            {
                // La respuesta de quien aprende no debe tumbar el cuaderno: se informa y se sigue.
                return Incorrect($"{with} tu función lanza {e.GetType().Name}: {e.Message}");
            }
            if (answer is null)
                return Incorrect($"{with} tu función devuelve null; tiene que devolver las probabilidades.");
            if (answer.Length != logits.Length)
                return Incorrect(
                    $"{with} tu función devuelve {answer.Length} números; tiene que devolver {logits.Length}, "
                        + "una probabilidad por especie."
                );
            int broken = Array.FindIndex(answer, p => !double.IsFinite(p));
            if (broken >= 0)
                return Incorrect(
                    $"{with} la probabilidad de {ClassName(broken)} da {Format(answer[broken])}. Math.Exp(710) ya "
                        + "es infinito y Math.Exp(−746) se redondea a 0: resta el máximo de los logits antes de "
                        + "exponenciar, así el mayor exponente es 0."
                );
            double sum = answer.Sum();
            if (Math.Abs(sum - 1) > 1e-9)
                return Incorrect(
                    $"{with} tus probabilidades suman {Format(sum)}, no 1: divide cada exponencial entre la suma "
                        + "de todas."
                );
            Vector<double> expected = Activations.Softmax(Vector<double>.Build.Dense(logits));
            for (int k = 0; k < logits.Length; k++)
                if (Math.Abs(answer[k] - expected[k]) > 1e-9)
                    return Incorrect(
                        $"{with} la probabilidad de {ClassName(k)} es {Format(answer[k])} y debería ser "
                            + $"{Format(expected[k])}: e^(zₖ − max) dividido entre la suma de todas."
                    );
        }
        return new ExerciseResult(ExerciseStatus.Correct, Exercise.CorrectMessage);
    }

    /// <summary>¿Coincide la respuesta con un valor (un error típico) con tres decimales, como CheckNumber?</summary>
    private static bool Matches(double answer, double value) =>
        Math.Abs(answer - value) <= 1e-3 * Math.Max(1.0, Math.Abs(value));

    private static ExerciseResult Incorrect(string diagnosis) =>
        new(ExerciseStatus.Incorrect, $"✘ Aún no: {diagnosis}");

    private static string ClassName(int k) => $"la clase {k} ({Species[k]})";

    private static string Show(double[] values) => "(" + string.Join(", ", values.Select(Format)) + ")";

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
