using IntroNN.Kernels;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Regresión softmax (logística multinomial): P = softmax(XW + b), una probabilidad por clase para cada muestra.
/// </summary>
/// <remarks>
/// Capítulo 5: notebooks/05-softmax.ipynb.
/// W es d × K (una columna de pesos por clase) y b tiene K sesgos. La regularización L2 opcional suma
/// (l2/2)·‖W‖² = (l2/2)·Σⱼₖ Wⱼₖ² a la pérdida (el sesgo no se penaliza) y l2·W a su gradiente: sin ella, si alguna
/// clase es separable por una recta (setosa en Iris) los pesos crecen sin límite y no hay óptimo.
/// Con una matriz densa de MathNet el paso trabaja sobre su almacenamiento por columnas, por bloques de filas y en
/// los dos núcleos, leyendo X una sola vez por paso; con otras matrices usa las fórmulas de MathNet.
/// </remarks>
public sealed class SoftmaxRegression : ITrainableModel
{
    private readonly LinearParameters _p; // W (d × K por columnas, como MathNet) y b (K sesgos)
    private readonly WorkspaceCache<SoftmaxWorkspace> _workspaces = new();

    /// <summary>Crea el modelo con pesos <paramref name="weights"/> (características × clases) y sesgos <paramref name="bias"/> (uno por clase).</summary>
    public SoftmaxRegression(Matrix<double> weights, Vector<double> bias)
    {
        Guard.NotEmpty(weights, nameof(weights));
        Guard.NotNull(bias, nameof(bias));
        Guard.Classes(weights.ColumnCount, "weights.ColumnCount");
        if (bias.Count != weights.ColumnCount)
            Guard.Fail(
                nameof(bias),
                $"tiene {bias.Count} sesgos",
                $"uno por clase (columna) de weights, que tiene {weights.ColumnCount} ({Guard.Shape(weights)})"
            );
        Guard.Finite(weights, nameof(weights));
        Guard.Finite(bias, nameof(bias));
        _p = new LinearParameters(weights.ToColumnMajorArray(), bias.ToArray());
    }

    /// <summary>Modelo con W = 0 y b = 0: todas las clases igual de probables (1/K), el punto de partida habitual.</summary>
    public static SoftmaxRegression Zeros(int features, int classes)
    {
        Guard.Positive(features, nameof(features));
        Guard.Classes(classes);
        return new SoftmaxRegression(
            Matrix<double>.Build.Dense(features, classes),
            Vector<double>.Build.Dense(classes)
        );
    }

    /// <summary>Una copia de los pesos W (características × clases).</summary>
    public Matrix<double> Weights =>
        Matrix<double>.Build.Dense(_p.Features, _p.Bias.Length, (double[])_p.Weights.Clone());

    /// <summary>Una copia de los sesgos b (uno por clase).</summary>
    public Vector<double> Bias => Vector<double>.Build.Dense((double[])_p.Bias.Clone());

    /// <inheritdoc/>
    public int FeatureCount => _p.Features;

    /// <inheritdoc/>
    public int ClassCount => _p.Bias.Length;

    /// <summary>Logits Z = XW + b: n × K, una fila por muestra y una columna por clase.</summary>
    /// <remarks>Capítulo 5: notebooks/05-softmax.ipynb.</remarks>
    /// <exception cref="ArgumentException">x vacía, con otro número de columnas, o con NaN o ∞ (dice fila y columna).</exception>
    public Matrix<double> Forward(Matrix<double> x)
    {
        _p.CheckInput(x);
        int n = x.RowCount,
            k = ClassCount;
        var z = new double[n * k];
        if (DenseData.TryGet(x) is { } data)
            SoftmaxKernel.Forward(data, n, _p.Features, _p.Weights, _p.Bias, z);
        else
            PlainForward(x).ToColumnMajorArray().CopyTo(z, 0);
        Guard.Logits(z, x);
        return Matrix<double>.Build.Dense(n, k, z);
    }

    /// <summary>Probabilidades P = softmax(XW + b) por filas: cada fila suma 1.</summary>
    /// <remarks>Capítulo 5: notebooks/05-softmax.ipynb.</remarks>
    public Matrix<double> PredictProbabilities(Matrix<double> x) => Activations.Softmax(Forward(x));

    /// <summary>Clase predicha para cada fila: la de mayor probabilidad (argmax; en empate, la de menor índice).</summary>
    /// <remarks>Capítulo 5: notebooks/05-softmax.ipynb. El argmax de los logits es el de las probabilidades.</remarks>
    public int[] Predict(Matrix<double> x)
    {
        var z = Forward(x);
        var classes = new int[z.RowCount];
        for (int i = 0; i < classes.Length; i++)
        {
            int best = 0;
            for (int k = 1; k < z.ColumnCount; k++)
                if (z[i, k] > z[i, best])
                    best = k;
            classes[i] = best;
        }
        return classes;
    }

    double IClassifier.Loss(Matrix<double> x, IReadOnlyList<int> labels) => Loss(x, labels);

    /// <summary>Entropía cruzada categórica media desde los logits, más (l2/2)·‖W‖² si <paramref name="l2"/> &gt; 0.</summary>
    /// <remarks>Capítulo 5: notebooks/05-softmax.ipynb.</remarks>
    public double Loss(Matrix<double> x, IReadOnlyList<int> labels, double l2 = 0)
    {
        CheckBatch(x, labels, l2);
        return LossAndGradient(x, labels, l2, null, null);
    }

    /// <summary>
    /// Gradiente de la pérdida media: ∂L/∂W = Xᵀ(P − Y)/n + l2·W y ∂L/∂b = Σᵢ(Pᵢ − Yᵢ)/n, con Y la codificación one-hot.
    /// </summary>
    /// <remarks>Capítulo 5: notebooks/05-softmax.ipynb. La misma forma que el gradiente de la regresión logística.</remarks>
    public (Matrix<double> Weights, Vector<double> Bias) Gradient(
        Matrix<double> x,
        IReadOnlyList<int> labels,
        double l2 = 0
    )
    {
        CheckBatch(x, labels, l2);
        var gradient = new double[_p.Weights.Length];
        var gradientBias = new double[_p.Bias.Length];
        LossAndGradient(x, labels, l2, gradient, gradientBias);
        return (
            Matrix<double>.Build.Dense(_p.Features, ClassCount, gradient),
            Vector<double>.Build.Dense(gradientBias)
        );
    }

    /// <summary>
    /// Un paso de descenso por gradiente con el lote dado: W ← W − η·∂L/∂W, b ← b − η·∂L/∂b.
    /// Devuelve la pérdida ANTES de actualizar.
    /// </summary>
    /// <remarks>Capítulo 5: notebooks/05-softmax.ipynb.</remarks>
    public double Step(Matrix<double> x, IReadOnlyList<int> labels, double learningRate, double l2 = 0)
    {
        Guard.LearningRate(learningRate);
        CheckBatch(x, labels, l2);
        var workspace = Workspace(x.RowCount);
        double loss = LossAndGradient(x, labels, l2, workspace.Gradient, workspace.GradientBias);
        _p.Descend(learningRate, workspace.Gradient, workspace.GradientBias);
        return loss;
    }

    /// <inheritdoc/>
    public Vector<double> GetParameters() => _p.Get();

    /// <inheritdoc/>
    public void SetParameters(Vector<double> parameters) =>
        _p.Set(parameters, "los parámetros del modelo (pesos + sesgos)");

    /// <inheritdoc/>
    public Vector<double> ParameterGradient(Matrix<double> x, IReadOnlyList<int> labels, double l2)
    {
        CheckBatch(x, labels, l2);
        var gradient = new double[_p.Weights.Length];
        var gradientBias = new double[_p.Bias.Length];
        LossAndGradient(x, labels, l2, gradient, gradientBias);
        return LinearParameters.Concat(gradient, gradientBias);
    }

    private double LossAndGradient(
        Matrix<double> x,
        IReadOnlyList<int> labels,
        double l2,
        double[]? gradient,
        double[]? gradientBias
    )
    {
        double loss = DenseData.TryGet(x) is { } data
            ? SoftmaxKernel.LossAndGradient(
                data,
                _p.Weights,
                _p.Bias,
                labels,
                gradient,
                gradientBias,
                Workspace(x.RowCount)
            )
            : PlainLossAndGradient(x, labels, gradient, gradientBias);
        if (!double.IsFinite(loss))
            Guard.Finite(x, nameof(x)); // sólo se paga el recorrido extra si algo salió mal
        return _p.AddL2(loss, l2, gradient);
    }

    private Matrix<double> PlainForward(Matrix<double> x)
    {
        var z = x.Multiply(Weights);
        for (int k = 0; k < ClassCount; k++)
            z.SetColumn(k, z.Column(k).Add(_p.Bias[k]));
        return z;
    }

    /// <summary>Las fórmulas del capítulo 5 con operaciones de MathNet, para matrices que no son densas.</summary>
    private double PlainLossAndGradient(
        Matrix<double> x,
        IReadOnlyList<int> labels,
        double[]? gradient,
        double[]? gradientBias
    )
    {
        int n = x.RowCount;
        var z = PlainForward(x);
        double loss = Losses.CrossEntropy(z, labels);
        var residual = Activations.Softmax(z) - OneHot.Encode(labels, ClassCount); // P − Y
        if (gradient is not null)
            x.TransposeThisAndMultiply(residual).Divide(n).ToColumnMajorArray().CopyTo(gradient, 0);
        if (gradientBias is not null)
            for (int k = 0; k < ClassCount; k++)
                gradientBias[k] = residual.Column(k).Sum() / n;
        return loss;
    }

    private SoftmaxWorkspace Workspace(int rows)
    {
        return _workspaces.Get(rows, r => new SoftmaxWorkspace(r, _p.Features, ClassCount));
    }

    private void CheckBatch(Matrix<double> x, IReadOnlyList<int> labels, double l2) =>
        _p.CheckBatch(x, labels, ClassCount, l2);
}
