using IntroNN.Kernels;
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
    private readonly LinearParameters _p; // w (d pesos) y b (un sesgo)
    private readonly WorkspaceCache<LogisticWorkspace> _workspaces = new();

    /// <summary>Crea el modelo con pesos <paramref name="weights"/> (uno por característica) y sesgo <paramref name="bias"/>.</summary>
    public LogisticRegression(Vector<double> weights, double bias)
    {
        Guard.NotEmpty(weights, nameof(weights));
        Guard.Finite(weights, nameof(weights));
        Guard.Finite(bias, nameof(bias));
        _p = new LinearParameters(weights.ToArray(), [bias]);
    }

    /// <summary>Modelo con todos los pesos y el sesgo a 0: predice ŷ = 0,5 para todo, el punto de partida habitual.</summary>
    public static LogisticRegression Zeros(int features)
    {
        Guard.Positive(features, nameof(features));
        return new LogisticRegression(Vector<double>.Build.Dense(features), 0);
    }

    /// <summary>Una copia de los pesos w (uno por característica).</summary>
    public Vector<double> Weights => Vector<double>.Build.Dense((double[])_p.Weights.Clone());

    /// <summary>El sesgo b.</summary>
    public double Bias => _p.Bias[0];

    /// <inheritdoc/>
    public int FeatureCount => _p.Features;

    /// <inheritdoc/>
    public int ClassCount => 2;

    /// <summary>Logits z = Xw + b: una puntuación por fila de <paramref name="x"/>.</summary>
    /// <remarks>Capítulo 1: notebooks/01-sigmoide.ipynb.</remarks>
    /// <exception cref="ArgumentException">x vacía, con otro número de columnas, o con NaN o ∞ (dice fila y columna).</exception>
    public Vector<double> Forward(Matrix<double> x)
    {
        _p.CheckInput(x);
        var z = new double[x.RowCount];
        if (DenseData.TryGet(x) is { } data)
            LogisticKernel.Forward(data, x.RowCount, _p.Weights, Bias, z);
        else
            x.Multiply(Vector<double>.Build.Dense(_p.Weights)).Add(Bias).CopyTo(Vector<double>.Build.Dense(z));
        Guard.Logits(z, x);
        return Vector<double>.Build.Dense(z);
    }

    /// <summary>Probabilidades ŷ = σ(Xw + b) de la clase 1.</summary>
    /// <remarks>Capítulo 1: notebooks/01-sigmoide.ipynb.</remarks>
    public Vector<double> PredictProbabilities(Matrix<double> x) => Activations.Sigmoid(Forward(x));

    /// <summary>Clase predicha: 1 si ŷ ≥ <paramref name="threshold"/>, si no 0.</summary>
    /// <remarks>Capítulo 4b: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb.</remarks>
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
    /// <remarks>Capítulo 4b: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb.</remarks>
    public double Loss(Matrix<double> x, IReadOnlyList<int> labels, double l2)
    {
        CheckBatch(x, labels, l2);
        return LossAndGradient(x, labels, l2, gradient: null, out _);
    }

    /// <summary>
    /// Gradiente de la pérdida media: ∂L/∂w = Xᵀ(σ(Xw + b) − y)/n + l2·w y ∂L/∂b = Σᵢ(ŷᵢ − yᵢ)/n.
    /// </summary>
    /// <remarks>Capítulo 4b: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb.</remarks>
    public (Vector<double> Weights, double Bias) Gradient(Matrix<double> x, IReadOnlyList<int> labels) =>
        Gradient(x, labels, 0);

    /// <inheritdoc cref="Gradient(Matrix{double}, IReadOnlyList{int})"/>
    public (Vector<double> Weights, double Bias) Gradient(Matrix<double> x, IReadOnlyList<int> labels, double l2)
    {
        CheckBatch(x, labels, l2);
        var gradient = new double[_p.Features];
        LossAndGradient(x, labels, l2, gradient, out double gradientBias);
        return (Vector<double>.Build.Dense(gradient), gradientBias);
    }

    /// <summary>
    /// Un paso de descenso por gradiente con todo el lote: w ← w − η·∂L/∂w, b ← b − η·∂L/∂b.
    /// Devuelve la pérdida ANTES de actualizar, la que imprimiría el bucle de PyTorch.
    /// </summary>
    /// <remarks>
    /// Capítulo 4b: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb. Es la versión vectorizada; <see cref="LoopStep"/> hace lo
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
        _p.Descend(learningRate, workspace.Gradient, [gradientBias]);
        return loss;
    }

    /// <summary>
    /// Frontera de decisión en 2-D: la recta w₁x₁ + w₂x₂ + b = 0 (donde ŷ = 0,5), escrita x₂ = pendiente·x₁ + ordenada.
    /// </summary>
    /// <remarks>Capítulo 4b: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb.</remarks>
    /// <exception cref="InvalidOperationException">Si el modelo no tiene 2 características o w₂ = 0 (la frontera es vertical).</exception>
    public (double Slope, double Intercept) DecisionBoundary()
    {
        var w = _p.Weights;
        if (w.Length != 2)
            throw new InvalidOperationException(
                $"La frontera de decisión como recta x₂ = m·x₁ + c solo existe con 2 características, y este modelo tiene {w.Length}."
            );
        if (w[0] == 0 && w[1] == 0)
            throw new InvalidOperationException(
                $"w₁ = w₂ = 0: el modelo da la misma probabilidad σ(b) = {Guard.Format(Activations.Sigmoid(Bias))} en todo el "
                    + "plano, así que no hay frontera de decisión (ninguna recta separa las clases)."
            );
        if (w[1] == 0)
            throw new InvalidOperationException(
                $"w₂ = 0: la frontera es la recta vertical x₁ = {Guard.Format(-Bias / w[0])}, "
                    + "que no se puede escribir como x₂ = m·x₁ + c."
            );
        return (-w[0] / w[1], -Bias / w[1]);
    }

    /// <inheritdoc/>
    public Vector<double> GetParameters() => _p.Get();

    /// <inheritdoc/>
    public void SetParameters(Vector<double> parameters) =>
        _p.Set(parameters, "los parámetros del modelo (pesos + sesgo)");

    /// <inheritdoc/>
    public Vector<double> ParameterGradient(Matrix<double> x, IReadOnlyList<int> labels, double l2)
    {
        var (w, b) = Gradient(x, labels, l2);
        return LinearParameters.Concat(w.AsArray(), [b]);
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
                _p.Weights,
                Bias,
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
        loss = _p.AddL2(loss, l2, gradient);
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
        var z = x.Multiply(Vector<double>.Build.Dense(_p.Weights)).Add(Bias);
        double loss = 0;
        var residual = Vector<double>.Build.Dense(n);
        for (int i = 0; i < n; i++)
        {
            loss += Losses.BinaryCrossEntropyWithLogitsUnchecked(z[i], labels[i]);
            residual[i] = Activations.StableSigmoid(z[i]) - labels[i];
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
        return _workspaces.Get(rows, r => new LogisticWorkspace(r, _p.Features));
    }

    private void CheckBatch(Matrix<double> x, IReadOnlyList<int> labels, double l2) => _p.CheckBatch(x, labels, 2, l2);
}
