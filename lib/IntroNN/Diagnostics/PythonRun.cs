using System.Globalization;
using System.Text.Json;

namespace IntroNN;

/// <summary>
/// Una ejecución del cuaderno de Python del tutorial, tal como la repitió PyTorch: lo que imprime su entrenamiento
/// (pérdidas de entrenamiento y validación cada <c>valid_steps</c> pasos), los pesos finales y el resultado en prueba.
/// Se lee de <c>data/reference-regressor-a347fad.json</c>, que escribe <c>data/reference_regressor_a347fad.py</c>.
/// </summary>
/// <remarks>
/// Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb. El fichero guarda dos ejecuciones: <c>"fresh"</c>, la de
/// una sesión nueva ejecutada de arriba abajo, y <c>"published"</c>, la que muestran las salidas guardadas en el
/// cuaderno publicado (el generador había gastado antes <see cref="DrawsBeforeRegressor"/> números).
/// </remarks>
/// <param name="Name">"fresh" o "published".</param>
/// <param name="DrawsBeforeRegressor">Números de <c>torch.rand</c> gastados entre <c>set_seed(42)</c> y <c>regressor</c>.</param>
/// <param name="InitialWeights">Pesos que sacó <c>regressor</c>.</param>
/// <param name="InitialBias">Sesgo que sacó <c>regressor</c>.</param>
/// <param name="LoggedSteps">Pasos en los que se imprimió la pérdida: 0, 10, 20...</param>
/// <param name="TrainLoss">Pérdida de entrenamiento en esos pasos (la de las predicciones de antes del paso).</param>
/// <param name="ValidationLoss">Pérdida de validación en esos pasos (con los pesos de después del paso).</param>
/// <param name="EarlyStoppingStep">Paso en que paró la parada temprana, o null si hizo todos los pasos.</param>
/// <param name="Weights">Pesos al terminar.</param>
/// <param name="Bias">Sesgo al terminar.</param>
/// <param name="TestLoss">Entropía cruzada media en prueba.</param>
/// <param name="TestAccuracyPercent">Exactitud en prueba, en tanto por ciento (91.18...).</param>
/// <param name="PrintedTraining">Las líneas que imprime el entrenamiento.</param>
/// <param name="PrintedTest">Las tres líneas que imprime la celda de prueba.</param>
public sealed record PythonRun(
    string Name,
    int DrawsBeforeRegressor,
    double[] InitialWeights,
    double InitialBias,
    int[] LoggedSteps,
    double[] TrainLoss,
    double[] ValidationLoss,
    int? EarlyStoppingStep,
    double[] Weights,
    double Bias,
    double TestLoss,
    double TestAccuracyPercent,
    string[] PrintedTraining,
    string[] PrintedTest
)
{
    /// <summary>Los nombres de las ejecuciones que guarda el fichero.</summary>
    public static IReadOnlyList<string> RunNames { get; } = ["fresh", "published"];

    /// <summary>Lee la ejecución <paramref name="run"/> ("fresh" o "published") del fichero de referencia.</summary>
    /// <exception cref="InvalidArgumentException">Ruta vacía o nombre de ejecución desconocido.</exception>
    /// <exception cref="FileNotFoundException">No existe el fichero.</exception>
    /// <exception cref="InvalidDataException">El fichero no tiene la forma que escribe el guion de Python.</exception>
    public static PythonRun Load(string path, string run)
    {
        if (string.IsNullOrWhiteSpace(path))
            Guard.Fail(nameof(path), "está vacío", "la ruta del fichero JSON de referencia");
        if (!RunNames.Contains(run))
            Guard.Fail(
                nameof(run),
                $"vale '{run}'",
                $"una de las ejecuciones que guarda el fichero: {string.Join(" o ", RunNames.Select(n => $"'{n}'"))}"
            );
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"No encuentro {path} (se busca desde la carpeta actual, {Directory.GetCurrentDirectory()}).",
                path
            );

        using var document = ParseJson(path);
        var root = Property(document.RootElement, run, path);
        string Where(string field) => $"{run}.{field}";
        var initial = Property(root, "initial", path, Where("initial"));
        var final = Property(root, "final", path, Where("final"));
        var stop = Property(root, "early_stopping_step", path, Where("early_stopping_step"));
        return new PythonRun(
            run,
            Property(root, "draws_before_regressor", path, Where("draws_before_regressor")).GetInt32(),
            Numbers(Property(initial, "weights", path, Where("initial.weights"))),
            Property(initial, "bias", path, Where("initial.bias")).GetDouble(),
            Numbers(Property(root, "logged_steps", path, Where("logged_steps"))).Select(s => (int)s).ToArray(),
            Numbers(Property(root, "train_loss", path, Where("train_loss"))),
            Numbers(Property(root, "val_loss", path, Where("val_loss"))),
            stop.ValueKind == JsonValueKind.Null ? null : stop.GetInt32(),
            Numbers(Property(final, "weights", path, Where("final.weights"))),
            Property(final, "bias", path, Where("final.bias")).GetDouble(),
            Property(root, "test_loss", path, Where("test_loss")).GetDouble(),
            Property(root, "test_accuracy_percent", path, Where("test_accuracy_percent")).GetDouble(),
            Strings(Property(root, "printed_training", path, Where("printed_training"))),
            Strings(Property(root, "printed_test", path, Where("printed_test")))
        );
    }

    /// <summary>
    /// Compara una ejecución en C# con esta: las pérdidas impresas, los parámetros finales y el resultado en prueba,
    /// cada cosa con la tolerancia <paramref name="tolerance"/> (por defecto 10⁻⁵, el redondeo de float32 tras 300
    /// pasos). Una línea ✔ o ✘ por grupo.
    /// </summary>
    /// <param name="trainLoss">Pérdidas de entrenamiento impresas, una cada <c>valid_steps</c> pasos.</param>
    /// <param name="validationLoss">Pérdidas de validación impresas.</param>
    /// <param name="weights">Pesos finales.</param>
    /// <param name="bias">Sesgo final.</param>
    /// <param name="testLoss">Pérdida en prueba.</param>
    /// <param name="testAccuracyPercent">Exactitud en prueba en tanto por ciento.</param>
    /// <param name="tolerance">Diferencia máxima admitida, ≥ 0.</param>
    public PythonRunComparison Compare(
        IReadOnlyList<double> trainLoss,
        IReadOnlyList<double> validationLoss,
        IReadOnlyList<double> weights,
        double bias,
        double testLoss,
        double testAccuracyPercent,
        double tolerance = 1e-5
    )
    {
        Guard.NotNull(trainLoss, nameof(trainLoss));
        Guard.NotNull(validationLoss, nameof(validationLoss));
        Guard.NotNull(weights, nameof(weights));
        Guard.NonNegative(tolerance, nameof(tolerance));

        var lines = new List<string>
        {
            Line($"las {TrainLoss.Length} pérdidas de entrenamiento", TrainLoss, trainLoss, tolerance),
            Line($"las {ValidationLoss.Length} pérdidas de validación", ValidationLoss, validationLoss, tolerance),
            Line("los pesos y el sesgo finales", [.. Weights, Bias], [.. weights, bias], tolerance),
            Line(
                "la pérdida y la exactitud en prueba",
                [TestLoss, TestAccuracyPercent / 100],
                [testLoss, testAccuracyPercent / 100],
                tolerance
            ),
        };
        return new PythonRunComparison(lines.All(l => l.StartsWith('✔')), lines);
    }

    private static string Line(
        string what,
        IReadOnlyList<double> expected,
        IReadOnlyList<double> actual,
        double tolerance
    )
    {
        if (expected.Count != actual.Count)
            return $"✘ {what}: la referencia tiene {expected.Count} valores y tu ejecución {actual.Count}";
        double worst = 0;
        for (int i = 0; i < expected.Count; i++)
        {
            double difference = Math.Abs(expected[i] - actual[i]);
            // Un NaN no es «pequeño»: cuenta como la peor diferencia posible.
            worst = double.IsNaN(difference) ? double.PositiveInfinity : Math.Max(worst, difference);
        }
        string text = worst.ToString("0.0E+0", CultureInfo.InvariantCulture);
        return worst <= tolerance
            ? $"✔ {what}: diferencia máxima {text}"
            : $"✘ {what}: diferencia máxima {text}, más que {tolerance.ToString("0E+0", CultureInfo.InvariantCulture)}";
    }

    private static JsonDocument ParseJson(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} no es un JSON válido: {e.Message}", e);
        }
    }

    private static JsonElement Property(JsonElement parent, string name, string path, string? where = null)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value))
            return value;
        throw new InvalidDataException(
            $"{path} no tiene el campo '{where ?? name}': ¿lo escribió data/reference_regressor_a347fad.py?"
        );
    }

    private static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private static string[] Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
}
