namespace IntroNN;

/// <summary>Cómo de bien clasifica un modelo: exactitud, matriz de confusión y pérdida sobre un conjunto.</summary>
public static class Metrics
{
    /// <summary>Exactitud (accuracy): la fracción de predicciones iguales a la etiqueta real, entre 0 y 1.</summary>
    /// <remarks>Capítulos 4b y 5: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb.</remarks>
    public static double Accuracy(IReadOnlyList<int> predicted, IReadOnlyList<int> actual)
    {
        CheckPair(predicted, actual);
        int hits = 0;
        for (int i = 0; i < predicted.Count; i++)
            if (predicted[i] == actual[i])
                hits++;
        return (double)hits / predicted.Count;
    }

    /// <summary>Exactitud del modelo sobre un conjunto.</summary>
    /// <remarks>Capítulos 4b y 5: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb.</remarks>
    public static double Accuracy(IClassifier model, Dataset data)
    {
        Guard.NotNull(model, nameof(model));
        Guard.NotNull(data, nameof(data));
        return Accuracy(model.Predict(data.Features), data.Labels);
    }

    /// <summary>
    /// Matriz de confusión K × K: el elemento [real, predicha] cuenta las muestras de la clase real (FILA) que el modelo
    /// asignó a la clase predicha (COLUMNA). La diagonal son los aciertos.
    /// </summary>
    /// <remarks>
    /// Capítulos 4 y 5: notebooks/04-descenso-por-gradiente.ipynb, notebooks/05-softmax.ipynb.
    /// Misma orientación que <c>sklearn.metrics.confusion_matrix(y_true, y_pred)</c>.
    /// </remarks>
    public static int[,] ConfusionMatrix(IReadOnlyList<int> predicted, IReadOnlyList<int> actual, int classes)
    {
        CheckPair(predicted, actual);
        Guard.Classes(classes);
        Guard.Labels(predicted, classes, nameof(predicted));
        Guard.Labels(actual, classes, nameof(actual));
        var matrix = new int[classes, classes];
        for (int i = 0; i < predicted.Count; i++)
            matrix[actual[i], predicted[i]]++;
        return matrix;
    }

    /// <summary>Pérdida media (entropía cruzada, sin regularización) del modelo sobre un conjunto.</summary>
    /// <remarks>Capítulos 4b y 5: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb.</remarks>
    public static double Loss(IClassifier model, Dataset data)
    {
        Guard.NotNull(model, nameof(model));
        Guard.NotNull(data, nameof(data));
        return model.Loss(data.Features, data.Labels);
    }

    private static void CheckPair(IReadOnlyList<int> predicted, IReadOnlyList<int> actual)
    {
        Guard.NotEmpty(predicted, nameof(predicted));
        Guard.NotNull(actual, nameof(actual));
        Guard.SameLength(actual.Count, nameof(actual), predicted.Count, nameof(predicted));
    }
}
