using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>Un clasificador ya entrenado: predice clases y mide su pérdida sobre un conjunto.</summary>
/// <remarks>Capítulos 4 y 5: notebooks/04-descenso-por-gradiente.ipynb, notebooks/05-softmax.ipynb.</remarks>
public interface IClassifier
{
    /// <summary>Número de características (columnas de X) que espera el modelo.</summary>
    int FeatureCount { get; }

    /// <summary>Número de clases que distingue (2 en la regresión logística).</summary>
    int ClassCount { get; }

    /// <summary>Clase predicha para cada fila de <paramref name="x"/>.</summary>
    int[] Predict(Matrix<double> x);

    /// <summary>Pérdida media (entropía cruzada) sobre <paramref name="x"/> con sus etiquetas, sin regularización.</summary>
    double Loss(Matrix<double> x, IReadOnlyList<int> labels);
}

/// <summary>
/// Un clasificador que se entrena por descenso por gradiente: lo que necesita <see cref="Trainer"/> para servir
/// igual a <see cref="LogisticRegression"/> y a <see cref="SoftmaxRegression"/>.
/// </summary>
/// <remarks>Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.</remarks>
public interface ITrainableModel : IClassifier
{
    /// <summary>Pérdida media más la penalización L2 (l2/2)·‖W‖² (el sesgo no se penaliza).</summary>
    double Loss(Matrix<double> x, IReadOnlyList<int> labels, double l2);

    /// <summary>Un paso de descenso por gradiente sobre el lote dado; devuelve la pérdida ANTES de actualizar.</summary>
    double Step(Matrix<double> x, IReadOnlyList<int> labels, double learningRate, double l2);

    /// <summary>Todos los parámetros en un solo vector: primero los pesos (por columnas), después el sesgo.</summary>
    Vector<double> GetParameters();

    /// <summary>Sustituye todos los parámetros por los de un vector con el orden de <see cref="GetParameters"/>.</summary>
    void SetParameters(Vector<double> parameters);

    /// <summary>Gradiente de <see cref="Loss(Matrix{double}, IReadOnlyList{int}, double)"/> respecto a todos los parámetros, en el orden de <see cref="GetParameters"/>.</summary>
    Vector<double> ParameterGradient(Matrix<double> x, IReadOnlyList<int> labels, double l2);
}
