namespace IntroNN;

/// <summary>Lo que pasó durante un entrenamiento, paso a paso.</summary>
/// <remarks>Capítulos 4b y 5: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb (las curvas de pérdida).</remarks>
public sealed class TrainingHistory
{
    internal TrainingHistory(
        List<double> trainLoss,
        List<double>? validationLoss,
        int epochs,
        bool stoppedEarly,
        int? bestStep
    )
    {
        TrainLoss = trainLoss;
        ValidationLoss = validationLoss;
        Epochs = epochs;
        StoppedEarly = stoppedEarly;
        BestStep = bestStep;
    }

    /// <summary>
    /// Pérdida de entrenamiento de cada paso: la del lote de ese paso con los parámetros de ANTES de actualizar (lo que
    /// imprime el bucle de PyTorch). Con lote completo es la pérdida sobre todo el entrenamiento. Incluye la
    /// penalización L2 si la hay.
    /// </summary>
    public IReadOnlyList<double> TrainLoss { get; }

    /// <summary>
    /// Pérdida sobre el conjunto de validación en cada paso, con los mismos parámetros que <see cref="TrainLoss"/>
    /// (antes de actualizar) y sin penalización L2; null si no se dio conjunto de validación.
    /// </summary>
    public IReadOnlyList<double>? ValidationLoss { get; }

    /// <summary>Número de pasos dados.</summary>
    public int Steps => TrainLoss.Count;

    /// <summary>Número de épocas empezadas.</summary>
    public int Epochs { get; }

    /// <summary>Si la parada temprana detuvo el entrenamiento antes de tiempo.</summary>
    public bool StoppedEarly { get; }

    /// <summary>
    /// Índice (desde 0) del paso con la menor pérdida de validación; null sin validación. Con parada temprana, el
    /// modelo termina con los parámetros de ese paso.
    /// </summary>
    public int? BestStep { get; }
}
