using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Regresión logística: ŷ = σ(Xw + b), la probabilidad de que cada muestra sea de la clase 1.
/// </summary>
/// <remarks>
/// Capítulo 1 (el modelo): notebooks/01-sigmoide.ipynb; capítulo 4 (el entrenamiento):
/// notebooks/04-descenso-por-gradiente.ipynb.
/// Con una matriz densa de MathNet (lo normal: <c>Matrix&lt;double&gt;.Build.Dense…</c>) el paso de entrenamiento
/// trabaja directamente sobre su almacenamiento por columnas, por bloques de filas, en los dos núcleos y reutilizando
/// sus búferes entre pasos; con otras matrices usa las fórmulas de MathNet tal cual (más lento, mismo resultado).
/// </remarks>
public sealed partial class LogisticRegression : ITrainableModel
{
    private readonly double[] _weights;
    private double _bias;
    private readonly WorkspaceCache<LogisticWorkspace> _workspaces = new();

    /// <summary>Crea el modelo con pesos <paramref name="weights"/> (uno por característica) y sesgo <paramref name="bias"/>.</summary>
    public LogisticRegression(Vector<double> weights, double bias)
    {
        Guard.NotEmpty(weights, nameof(weights));
        Guard.Finite(weights, nameof(weights));
        Guard.Finite(bias, nameof(bias));
        _weights = weights.ToArray();
        _bias = bias;
    }

    /// <summary>Modelo con todos los pesos y el sesgo a 0: predice ŷ = 0,5 para todo, el punto de partida habitual.</summary>
    public static LogisticRegression Zeros(int features)
    {
        Guard.Positive(features, nameof(features));
        return new LogisticRegression(Vector<double>.Build.Dense(features), 0);
    }

    /// <summary>Una copia de los pesos w (uno por característica).</summary>
    public Vector<double> Weights => Vector<double>.Build.Dense((double[])_weights.Clone());

    /// <summary>El sesgo b.</summary>
    public double Bias => _bias;

    /// <inheritdoc/>
    public int FeatureCount => _weights.Length;

    /// <inheritdoc/>
    public int ClassCount => 2;

    /// <summary>Logits z = Xw + b: una puntuación por fila de <paramref name="x"/>.</summary>
    /// <remarks>Capítulo 1: notebooks/01-sigmoide.ipynb.</remarks>
    public Vector<double> Forward(Matrix<double> x)
    {
        CheckFeatures(x);
        var z = new double[x.RowCount];
        if (DenseData.TryGet(x) is { } data)
            LogisticKernel.Forward(data, x.RowCount, _weights, _bias, z);
        else
            x.Multiply(Vector<double>.Build.Dense(_weights)).Add(_bias).CopyTo(Vector<double>.Build.Dense(z));
        return Vector<double>.Build.Dense(z);
    }

    /// <summary>Probabilidades ŷ = σ(Xw + b) de la clase 1.</summary>
    /// <remarks>Capítulo 1: notebooks/01-sigmoide.ipynb.</remarks>
    public Vector<double> PredictProbabilities(Matrix<double> x) => Activations.Sigmoid(Forward(x));

    /// <summary>Clase predicha: 1 si ŷ ≥ <paramref name="threshold"/>, si no 0.</summary>
    /// <remarks>Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.</remarks>
    public int[] Predict(Matrix<double> x, double threshold = 0.5)
    {
        Guard.Probability(threshold, nameof(threshold));
        var p = PredictProbabilities(x);
        var classes = new int[p.Count];
        for (int i = 0; i < classes.Length; i++)
            classes[i] = p[i] >= threshold ? 1 : 0;
        return classes;
    }

    int[] IClassifier.Predict(Matrix<double> x) => Predict(x);

    /// <summary>Entropía cruzada binaria media, calculada desde los logits (forma estable).</summary>
    /// <remarks>Capítulo 3: notebooks/03-entropia-cruzada.ipynb.</remarks>
    public double Loss(Matrix<double> x, IReadOnlyList<int> labels) => Loss(x, labels, 0);

    /// <summary>Entropía cruzada binaria media más (l2/2)·‖w‖² (el sesgo no se penaliza).</summary>
    /// <remarks>Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.</remarks>
    public double Loss(Matrix<double> x, IReadOnlyList<int> labels, double l2)
    {
        CheckBatch(x, labels, l2);
        return LossAndGradient(x, labels, l2, gradient: null, out _);
    }

    /// <summary>
    /// Gradiente de la pérdida media: ∂L/∂w = Xᵀ(σ(Xw + b) − y)/n + l2·w y ∂L/∂b = Σᵢ(ŷᵢ − yᵢ)/n.
    /// </summary>
    /// <remarks>Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.</remarks>
    public (Vector<double> Weights, double Bias) Gradient(Matrix<double> x, IReadOnlyList<int> labels) =>
        Gradient(x, labels, 0);

    /// <inheritdoc cref="Gradient(Matrix{double}, IReadOnlyList{int})"/>
    public (Vector<double> Weights, double Bias) Gradient(Matrix<double> x, IReadOnlyList<int> labels, double l2)
    {
        CheckBatch(x, labels, l2);
        var gradient = new double[_weights.Length];
        LossAndGradient(x, labels, l2, gradient, out double gradientBias);
        return (Vector<double>.Build.Dense(gradient), gradientBias);
    }

    /// <summary>
    /// Un paso de descenso por gradiente con todo el lote: w ← w − η·∂L/∂w, b ← b − η·∂L/∂b.
    /// Devuelve la pérdida ANTES de actualizar, la que imprimiría el bucle de PyTorch.
    /// </summary>
    /// <remarks>
    /// Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb. Es la versión vectorizada; <see cref="LoopStep"/> hace lo
    /// mismo muestra a muestra. Lee X una sola vez de memoria: cada bloque de filas calcula z, ŷ − y y su aportación
    /// a Xᵀ(ŷ − y) mientras sigue en la caché.
    /// </remarks>
    public double Step(Matrix<double> x, IReadOnlyList<int> labels, double learningRate) =>
        Step(x, labels, learningRate, 0);

    /// <inheritdoc cref="Step(Matrix{double}, IReadOnlyList{int}, double)"/>
    public double Step(Matrix<double> x, IReadOnlyList<int> labels, double learningRate, double l2)
    {
        Guard.LearningRate(learningRate);
        CheckBatch(x, labels, l2);
        var workspace = Workspace(x.RowCount);
        double loss = LossAndGradient(x, labels, l2, workspace.Gradient, out double gradientBias);
        for (int j = 0; j < _weights.Length; j++)
            _weights[j] -= learningRate * workspace.Gradient[j];
        _bias -= learningRate * gradientBias;
        return loss;
    }

    /// <summary>
    /// Frontera de decisión en 2-D: la recta w₁x₁ + w₂x₂ + b = 0 (donde ŷ = 0,5), escrita x₂ = pendiente·x₁ + ordenada.
    /// </summary>
    /// <remarks>Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.</remarks>
    /// <exception cref="InvalidOperationException">Si el modelo no tiene 2 características o w₂ = 0 (la frontera es vertical).</exception>
    public (double Slope, double Intercept) DecisionBoundary()
    {
        if (_weights.Length != 2)
            throw new InvalidOperationException(
                $"La frontera de decisión como recta x₂ = m·x₁ + c solo existe con 2 características, y este modelo tiene {_weights.Length}."
            );
        if (_weights[1] == 0)
            throw new InvalidOperationException(
                $"w₂ = 0: la frontera es la recta vertical x₁ = {Guard.Format(-_bias / _weights[0])} (o no existe si w₁ también es 0), "
                    + "y no se puede escribir como x₂ = m·x₁ + c."
            );
        return (-_weights[0] / _weights[1], -_bias / _weights[1]);
    }

    /// <inheritdoc/>
    public Vector<double> GetParameters()
    {
        var theta = new double[_weights.Length + 1];
        _weights.CopyTo(theta, 0);
        theta[^1] = _bias;
        return Vector<double>.Build.Dense(theta);
    }

    /// <inheritdoc/>
    public void SetParameters(Vector<double> parameters)
    {
        Guard.NotNull(parameters, nameof(parameters));
        Guard.SameLength(
            _weights.Length + 1,
            "los parámetros del modelo (pesos + sesgo)",
            parameters.Count,
            nameof(parameters)
        );
        Guard.Finite(parameters, nameof(parameters));
        for (int j = 0; j < _weights.Length; j++)
            _weights[j] = parameters[j];
        _bias = parameters[_weights.Length];
    }

    /// <inheritdoc/>
    public Vector<double> ParameterGradient(Matrix<double> x, IReadOnlyList<int> labels, double l2)
    {
        var (w, b) = Gradient(x, labels, l2);
        var theta = new double[w.Count + 1];
        for (int j = 0; j < w.Count; j++)
            theta[j] = w[j];
        theta[^1] = b;
        return Vector<double>.Build.Dense(theta);
    }

    /// <summary>
    /// Pérdida y (si <paramref name="gradient"/> no es null) gradiente medios. Camino rápido sobre el almacenamiento
    /// denso de MathNet; fórmulas de MathNet para cualquier otra matriz.
    /// </summary>
    private double LossAndGradient(
        Matrix<double> x,
        IReadOnlyList<int> labels,
        double l2,
        double[]? gradient,
        out double gradientBias
    )
    {
        double loss;
        if (DenseData.TryGet(x) is { } data)
        {
            var workspace = Workspace(x.RowCount);
            loss = LogisticKernel.LossAndGradient(
                data,
                x.RowCount,
                _weights,
                _bias,
                labels,
                gradient,
                out gradientBias,
                workspace
            );
        }
        else
        {
            loss = PlainLossAndGradient(x, labels, gradient, out gradientBias);
        }
        if (!double.IsFinite(loss))
            Guard.Finite(x, nameof(x)); // sólo se paga el recorrido extra si algo salió mal
        if (l2 > 0)
        {
            double squaredNorm = 0;
            for (int j = 0; j < _weights.Length; j++)
            {
                squaredNorm += _weights[j] * _weights[j];
                if (gradient is not null)
                    gradient[j] += l2 * _weights[j];
            }
            loss += l2 / 2 * squaredNorm;
        }
        return loss;
    }

    /// <summary>Las fórmulas del capítulo 4 con operaciones de MathNet, para matrices que no son densas.</summary>
    private double PlainLossAndGradient(
        Matrix<double> x,
        IReadOnlyList<int> labels,
        double[]? gradient,
        out double gradientBias
    )
    {
        int n = x.RowCount;
        var z = x.Multiply(Vector<double>.Build.Dense(_weights)).Add(_bias);
        double loss = 0;
        var residual = Vector<double>.Build.Dense(n);
        for (int i = 0; i < n; i++)
        {
            loss += Losses.BinaryCrossEntropyWithLogitsUnchecked(z[i], labels[i]);
            residual[i] = Activations.Sigmoid(z[i]) - labels[i];
        }
        gradientBias = residual.Sum() / n;
        if (gradient is not null)
        {
            var g = x.TransposeThisAndMultiply(residual).Divide(n);
            g.CopyTo(Vector<double>.Build.Dense(gradient));
        }
        return loss / n;
    }

    private LogisticWorkspace Workspace(int rows)
    {
        return _workspaces.Get(rows, r => new LogisticWorkspace(r, _weights.Length));
    }

    private void CheckFeatures(Matrix<double> x)
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.ColumnsMatchWeights(x, _weights.Length);
    }

    private void CheckBatch(Matrix<double> x, IReadOnlyList<int> labels, double l2)
    {
        CheckFeatures(x);
        Guard.NotNull(labels, nameof(labels));
        Guard.RowsMatchLabels(x, labels.Count);
        Guard.Labels(labels, 2);
        Guard.NonNegative(l2, nameof(l2));
    }
}
