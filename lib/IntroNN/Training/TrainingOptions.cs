namespace IntroNN;

/// <summary>Cómo entrenar: tasa de aprendizaje, cuánto tiempo, tamaño de lote, semilla, parada temprana y L2.</summary>
/// <remarks>
/// Capítulos 4b y 5: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb.
/// Un PASO es una actualización de los parámetros; una ÉPOCA es una pasada por todo el conjunto de entrenamiento
/// (⌈n / tamaño de lote⌉ pasos). Con <see cref="BatchSize"/> = null (lote completo) cada época es un paso.
/// </remarks>
public sealed record TrainingOptions
{
    /// <summary>Tasa de aprendizaje η &gt; 0: cuánto se avanza en la dirección contraria al gradiente en cada paso.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Número de épocas (si <see cref="Steps"/> es null).</summary>
    public int Epochs { get; init; } = 100;

    /// <summary>Número exacto de pasos; si no es null manda sobre <see cref="Epochs"/>.</summary>
    public int? Steps { get; init; }

    /// <summary>
    /// Tamaño de lote: null = lote completo (descenso por gradiente clásico), 1 = SGD puro (una muestra por paso),
    /// k = mini-lotes de k muestras (el último de cada época puede ser más corto).
    /// </summary>
    public int? BatchSize { get; init; }

    /// <summary>Semilla del barajado de cada época (con mini-lotes o SGD): misma semilla, mismos números.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Parada temprana: si la pérdida de validación no mejora en tantos pasos seguidos, se para. Necesita un conjunto
    /// de validación. Con ella, al terminar el modelo se queda con los parámetros del mejor paso.
    /// </summary>
    public int? Patience { get; init; }

    /// <summary>Regularización L2: se suma (L2/2)·‖W‖² a la pérdida (el sesgo no se penaliza). 0 = sin regularización.</summary>
    public double L2 { get; init; }
}
