using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Los ejercicios del capítulo 4 (notebooks/04-descenso-por-gradiente.ipynb) y de su «Para ir más allá»
/// (notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb). Cada método corrige un ejercicio: acepta la respuesta
/// correcta, reconoce los errores típicos y dice qué falla con las palabras del enunciado.
/// </summary>
public static class Chapter4Exercises
{
    /// <summary>Pasos que da el ejercicio de la tasa de aprendizaje garantizada (capítulo 4b).</summary>
    public const int LearningRateSteps = 100;

    /// <summary>Pérdida de entrenamiento por debajo de la que debe acabar ese ejercicio.</summary>
    public const double LearningRateTargetLoss = 0.3;

    /// <summary>
    /// Capítulo 4, ejercicio 1: ∂L/∂w₂ con una sola muestra x = (1, 2), y = 1, en w = (0, 0), b = 0.
    /// Es (ŷ − y)·x₂ = (σ(0) − 1)·2 = −1.
    /// </summary>
    /// <param name="answer">La respuesta; <c>double.NaN</c> mientras no la haya.</param>
    public static ExerciseResult CheckGradientW2(double answer)
    {
        const double x2 = 2,
            y = 1;
        double yHat = Activations.Sigmoid(0);
        double expected = (yHat - y) * x2;
        string hint = answer switch
        {
            _ when Near(answer, -expected) =>
                "revisa el signo: la derivada es (ŷ − y)·x₂, y aquí ŷ = 0.5 es menor que y = 1",
            _ when Near(answer, yHat - y) => "eso es ŷ − y, el error; falta multiplicar por x₂ = 2",
            _ when Near(answer, (0 - y) * x2) => "con w = (0, 0) y b = 0 el logit es z = 0, y ŷ = σ(0) = 0.5, no 0",
            _ => "con w = (0, 0) y b = 0, z = 0 y ŷ = σ(0); la derivada es (ŷ − y)·x₂",
        };
        return Exercise.CheckNumber(answer, expected, hint);
    }

    /// <summary>
    /// Capítulo 4, ejercicio 2: con <c>validSteps = 10</c> y <c>patience = 10</c>, ¿cuántos pasos de entrenamiento
    /// pasan, como mínimo, desde la mejor pérdida de validación hasta que la parada temprana corta? 10 comprobaciones
    /// sin mejorar, una cada 10 pasos: 100.
    /// </summary>
    /// <param name="answer">La respuesta; <c>null</c> mientras no la haya.</param>
    public static ExerciseResult CheckPatienceInSteps(long? answer)
    {
        const int validSteps = 10,
            patience = 10;
        string hint = answer switch
        {
            patience => "patience cuenta comprobaciones de validación, no pasos, y hay una cada validSteps = 10 pasos",
            (patience - 1) * validSteps =>
                "la parada llega en la décima comprobación sin mejora, y la décima está 10 × 10 pasos después de la mejor",
            (patience + 1) * validSteps => "corta en la comprobación en que el contador llega a 10, no en la siguiente",
            _ =>
                "cuenta las comprobaciones sin mejora que hacen falta (patience) y cuántos pasos hay entre dos comprobaciones",
        };
        return Exercise.CheckInteger(answer, patience * validSteps, hint);
    }

    /// <summary>
    /// Capítulo 4, ejercicio 3: en una sesión nueva ejecutada en orden, ¿cuántas veces en total hay que ejecutar la
    /// celda de entrenamiento para ver la salida del cuaderno publicado? Cada ejecución gasta 3 números de
    /// <c>torch.rand</c> (dos pesos y un sesgo) y la publicada había gastado 6 antes: la tercera.
    /// </summary>
    /// <param name="answer">La respuesta; <c>null</c> mientras no la haya.</param>
    public static ExerciseResult CheckRunsToSeePublished(long? answer)
    {
        const int drawsPerRun = 3,
            hiddenDraws = 6;
        const int expected = hiddenDraws / drawsPerRun + 1;
        string hint = answer switch
        {
            hiddenDraws / drawsPerRun =>
                "esas son las ejecuciones que gastan los 6 números; la salida publicada es la de la ejecución siguiente",
            hiddenDraws =>
                "6 son los números de torch.rand gastados, no las ejecuciones: cada ejecución gasta 3 (dos pesos y un sesgo)",
            hiddenDraws + 1 =>
                "6 números gastados son 2 ejecuciones de 3 números cada una; cuenta ejecuciones, no números",
            _ =>
                "cada ejecución llama una vez a Regressor, que saca 3 números; la publicada había gastado 6 antes de los suyos",
        };
        return Exercise.CheckInteger(answer, expected, hint);
    }

    /// <summary>
    /// Capítulo 4b, ejercicio 1: con minilotes de 8 y las 52 muestras de entrenamiento, ¿cuántas actualizaciones de
    /// los pesos hace una época? ⌈52/8⌉ = 7 (seis minilotes de 8 y uno de 4).
    /// </summary>
    /// <param name="answer">La respuesta; <c>null</c> mientras no la haya.</param>
    public static ExerciseResult CheckUpdatesPerEpoch(long? answer)
    {
        const int samples = 52,
            batchSize = 8;
        const int expected = (samples + batchSize - 1) / batchSize;
        string hint = answer switch
        {
            samples / batchSize =>
                "52/8 = 6.5: el último minilote, con las 4 muestras que sobran, también es una actualización",
            samples => "eso sería con minilotes de 1 muestra (SGD de una en una); aquí cada minilote tiene 8",
            batchSize => "8 es el tamaño de cada minilote; ¿cuántos minilotes hacen falta para cubrir las 52 muestras?",
            _ =>
                "una actualización por minilote: ¿cuántos minilotes de 8 cubren las 52 muestras? El último puede ser más corto",
        };
        return Exercise.CheckInteger(answer, expected, hint);
    }

    /// <summary>
    /// Capítulo 4b, ejercicio 2: una tasa de aprendizaje con la garantía de <see cref="LearningRateBound"/>
    /// (η &lt; 8/λ) con la que, desde los pesos iniciales dados y con <see cref="LearningRateSteps"/> pasos de lote
    /// completo, la pérdida de entrenamiento acabe por debajo de <see cref="LearningRateTargetLoss"/>.
    /// </summary>
    /// <param name="answer">La tasa propuesta; <c>double.NaN</c> mientras no la haya.</param>
    /// <param name="train">El conjunto de entrenamiento (la cota y el entrenamiento se calculan con él).</param>
    /// <param name="startWeights">Pesos iniciales.</param>
    /// <param name="startBias">Sesgo inicial.</param>
    public static ExerciseResult CheckGuaranteedLearningRate(
        double answer,
        Dataset train,
        Vector<double> startWeights,
        double startBias
    )
    {
        Guard.NotNull(train, nameof(train));
        var model = new LogisticRegression(startWeights, startBias); // comprueba los pesos iniciales
        if (double.IsNaN(answer))
            return new ExerciseResult(ExerciseStatus.Unanswered, Exercise.UnansweredMessage);
        if (!(answer > 0) || double.IsInfinity(answer))
            return Incorrect("la tasa de aprendizaje tiene que ser un número positivo y finito", answer);

        double bound = LearningRateBound.Logistic(train.Features);
        if (answer >= bound)
            return Incorrect(
                $"η = {Format(answer)} no está por debajo de la cota 8/λ = {Format(bound)}: puede que la pérdida no suba, "
                    + "pero nada lo garantiza; elige una tasa menor",
                answer
            );

        var losses = new List<double>();
        for (int step = 0; step < LearningRateSteps; step++)
            losses.Add(model.Step(train.Features, train.Labels, answer));
        losses.Add(model.Loss(train.Features, train.Labels));
        for (int i = 1; i < losses.Count; i++)
        {
            if (losses[i] > losses[i - 1])
                return Incorrect($"con η = {Format(answer)} la pérdida sube en el paso {i}", answer);
        }
        double final = losses[^1];
        if (!(final < LearningRateTargetLoss))
            return Incorrect(
                $"con η = {Format(answer)} la pérdida acaba en {final.ToString("F4", CultureInfo.InvariantCulture)} "
                    + $"tras {LearningRateSteps} pasos, no por debajo de {Format(LearningRateTargetLoss)}; "
                    + $"prueba una tasa mayor (sin llegar a {Format(bound)})",
                answer
            );
        return new ExerciseResult(ExerciseStatus.Correct, Exercise.CorrectMessage);
    }

    /// <summary>Si dos números coinciden con tres decimales (la tolerancia de <see cref="Exercise.CheckNumber"/>).</summary>
    private static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-3 * Math.Max(1.0, Math.Abs(b));

    private static ExerciseResult Incorrect(string hint, double answer) =>
        new(ExerciseStatus.Incorrect, $"✘ Aún no: {hint} (tu respuesta: {Format(answer)})");

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
