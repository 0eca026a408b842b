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
    private readonly double[] _weights; // d × K por columnas: W[j, k] está en [k·d + j], como en MathNet
    private readonly double[] _bias;
    private readonly int _features;
    private readonly WorkspaceCache<SoftmaxWorkspace> _workspaces = new();

    /// <summary>Crea el modelo con pesos <paramref name="weights"/> (características × clases) y sesgos <paramref name="bias"/> (uno por clase).</summary>
    public SoftmaxRegression(Matrix<double> weights, Vector<double> bias)
    {
        Guard.NotEmpty(weights, nameof(weights));
        Guard.NotNull(bias, nameof(bias));
        Guard.Classes(weights.ColumnCount, "weights.ColumnCount");
        if (bias.Count != weights.ColumnCount)
            throw new ArgumentException(
                $"weights ({Guard.Shape(weights)}) tiene {weights.ColumnCount} columnas (clases) pero bias tiene {bias.Count} sesgos: "
                    + "hace falta un sesgo por clase.",
                nameof(bias)
            );
        Guard.Finite(weights, nameof(weights));
        Guard.Finite(bias, nameof(bias));
        _features = weights.RowCount;
        _weights = weights.ToColumnMajorArray();
        _bias = bias.ToArray();
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
    public Matrix<double> Weights => Matrix<double>.Build.Dense(_features, _bias.Length, (double[])_weights.Clone());

    /// <summary>Una copia de los sesgos b (uno por clase).</summary>
    public Vector<double> Bias => Vector<double>.Build.Dense((double[])_bias.Clone());

    /// <inheritdoc/>
    public int FeatureCount => _features;

    /// <inheritdoc/>
    public int ClassCount => _bias.Length;

    /// <summary>Logits Z = XW + b: n × K, una fila por muestra y una columna por clase.</summary>
    /// <remarks>Capítulo 5: notebooks/05-softmax.ipynb.</remarks>
    public Matrix<double> Forward(Matrix<double> x)
    {
        CheckFeatures(x);
        int n = x.RowCount,
            k = ClassCount;
        if (DenseData.TryGet(x) is { } data)
        {
            var z = new double[n * k];
            SoftmaxKernel.Forward(data, n, _features, _weights, _bias, z);
            return Matrix<double>.Build.Dense(n, k, z);
        }
        return PlainForward(x);
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
        var gradient = new double[_weights.Length];
        var gradientBias = new double[_bias.Length];
        LossAndGradient(x, labels, l2, gradient, gradientBias);
        return (Matrix<double>.Build.Dense(_features, ClassCount, gradient), Vector<double>.Build.Dense(gradientBias));
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
        for (int i = 0; i < _weights.Length; i++)
            _weights[i] -= learningRate * workspace.Gradient[i];
        for (int k = 0; k < _bias.Length; k++)
            _bias[k] -= learningRate * workspace.GradientBias[k];
        return loss;
    }

    /// <inheritdoc/>
    public Vector<double> GetParameters()
    {
        var theta = new double[_weights.Length + _bias.Length];
        _weights.CopyTo(theta, 0);
        _bias.CopyTo(theta, _weights.Length);
        return Vector<double>.Build.Dense(theta);
    }

    /// <inheritdoc/>
    public void SetParameters(Vector<double> parameters)
    {
        Guard.NotNull(parameters, nameof(parameters));
        Guard.SameLength(
            _weights.Length + _bias.Length,
            "los parámetros del modelo (pesos + sesgos)",
            parameters.Count,
            nameof(parameters)
        );
        Guard.Finite(parameters, nameof(parameters));
        for (int i = 0; i < _weights.Length; i++)
            _weights[i] = parameters[i];
        for (int k = 0; k < _bias.Length; k++)
            _bias[k] = parameters[_weights.Length + k];
    }

    /// <inheritdoc/>
    public Vector<double> ParameterGradient(Matrix<double> x, IReadOnlyList<int> labels, double l2)
    {
        CheckBatch(x, labels, l2);
        var gradient = new double[_weights.Length];
        var gradientBias = new double[_bias.Length];
        LossAndGradient(x, labels, l2, gradient, gradientBias);
        var theta = new double[_weights.Length + _bias.Length];
        gradient.CopyTo(theta, 0);
        gradientBias.CopyTo(theta, _weights.Length);
        return Vector<double>.Build.Dense(theta);
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
                x.RowCount,
                _features,
                _weights,
                _bias,
                labels,
                gradient,
                gradientBias,
                Workspace(x.RowCount)
            )
            : PlainLossAndGradient(x, labels, gradient, gradientBias);
        if (!double.IsFinite(loss))
            Guard.Finite(x, nameof(x)); // sólo se paga el recorrido extra si algo salió mal
        if (l2 > 0)
        {
            double squaredNorm = 0;
            for (int i = 0; i < _weights.Length; i++)
            {
                squaredNorm += _weights[i] * _weights[i];
                if (gradient is not null)
                    gradient[i] += l2 * _weights[i];
            }
            loss += l2 / 2 * squaredNorm;
        }
        return loss;
    }

    private Matrix<double> PlainForward(Matrix<double> x)
    {
        var z = x.Multiply(Weights);
        for (int k = 0; k < ClassCount; k++)
            z.SetColumn(k, z.Column(k).Add(_bias[k]));
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
        return _workspaces.Get(rows, r => new SoftmaxWorkspace(r, _features, ClassCount));
    }

    private void CheckFeatures(Matrix<double> x)
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.ColumnsMatchWeights(x, _features);
    }

    private void CheckBatch(Matrix<double> x, IReadOnlyList<int> labels, double l2)
    {
        CheckFeatures(x);
        Guard.NotNull(labels, nameof(labels));
        Guard.RowsMatchLabels(x, labels.Count);
        Guard.Labels(labels, ClassCount);
        Guard.NonNegative(l2, nameof(l2));
    }
}
