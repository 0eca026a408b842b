using TorchNativeLoader;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace IntroNN.Torch;

/// <summary>
/// Regresión softmax (logística multinomial) sobre tensores de TorchSharp, gemela de <c>IntroNN.SoftmaxRegression</c>:
/// logits Z = XW + b ([n, K]), probabilidades P = softmax(Z) por filas, pérdida = entropía cruzada categórica media
/// (+ (l2/2)·‖W‖² opcional; el sesgo no se penaliza).
/// </summary>
/// <remarks>
/// <para>Capítulo 5b: notebooks/05b-regularizacion.ipynb. W es [d, K] (una columna por clase, como en MathNet) y b es [K].
/// <see cref="TorchLinearModel.Step"/> usa el gradiente escrito a mano, ∂L/∂W = Xᵀ(P − Y)/n + l2·W y ∂L/∂b = Σᵢ(Pᵢ − Yᵢ)/n con Y las
/// etiquetas en one-hot; <see cref="TorchLinearModel.AutogradStep"/> usa autograd y <c>torch.optim.SGD</c>.</para>
/// <para>Las etiquetas son un vector int64 de clases 0..K−1, como pide <c>torch.nn.functional.cross_entropy</c>.
/// <see cref="TorchLinearModel.Step"/> reutiliza entre pasos la matriz [n, K] de logits (con n = 10⁶ y K = 10 son 80 MB en float64:
/// pedirlos de nuevo en cada paso cuesta fallos de página). No es seguro entre hilos.</para>
/// </remarks>
public sealed class TorchSoftmaxRegression : TorchLinearModel
{
    /// <summary>Crea el modelo con copias de <paramref name="weights"/> ([d, K]) y <paramref name="bias"/> ([K]).</summary>
    /// <exception cref="ArgumentException">K &lt; 2, formas, tipos o dispositivos que no encajan, o valores no finitos.</exception>
    public TorchSoftmaxRegression(Tensor weights, Tensor bias)
        : base(nameof(TorchSoftmaxRegression), CheckShapes(weights, bias)) { }

    /// <summary>Crea el modelo con W = <paramref name="weights"/> (características × clases) y b = <paramref name="bias"/>.</summary>
    public TorchSoftmaxRegression(
        double[,] weights,
        double[] bias,
        ScalarType dtype = ScalarType.Float64,
        Device? device = null
    )
        : this(Matrix(weights, dtype, device), TorchParameters.Vector(bias, dtype, device, nameof(bias))) { }

    /// <summary>W = 0 y b = 0: todas las clases igual de probables (1/K), el punto de partida habitual.</summary>
    public static TorchSoftmaxRegression Zeros(
        int features,
        int classes,
        ScalarType dtype = ScalarType.Float64,
        Device? device = null
    )
    {
        Guard.Positive(features, nameof(features));
        Guard.Classes(classes);
        return new TorchSoftmaxRegression(new double[features, classes], new double[classes], dtype, device);
    }

    /// <summary>
    /// Pesos iniciales al estilo del cuaderno de Python: <c>torch.manual_seed(seed); W = torch.rand(d, K);
    /// b = torch.rand(K)</c>, sorteados en float32 y en la CPU y convertidos después a <paramref name="dtype"/>. Usa un
    /// generador propio con esa semilla y deja la semilla global como estaba.
    /// </summary>
    public static TorchSoftmaxRegression FromManualSeed(
        int features,
        int classes,
        long seed = 42,
        ScalarType dtype = ScalarType.Float32,
        Device? device = null
    )
    {
        Guard.Positive(features, nameof(features));
        Guard.Classes(classes);
        TorchNative.EnsureLoaded(); // antes de tocar torch: NewDisposeScope ya lo arrancaría
        using var scope = NewDisposeScope();
        var (w, b) = TorchParameters.DrawLikePyTorch(seed, [features, classes], [classes], dtype, device);
        return new TorchSoftmaxRegression(w, b);
    }

    /// <summary>Número de clases K.</summary>
    public long Classes => weights.shape[1];

    /// <summary>Logits Z = XW + b, [n, K]. Es el <c>forward</c> de PyTorch: devuelve logits, no probabilidades.</summary>
    public override Tensor forward(Tensor x)
    {
        Guard.Features(x, Features, DType, Device);
        return bias.addmm(x, weights);
    }

    /// <summary>Probabilidades P = softmax(XW + b), [n, K]: cada fila suma 1 (softmax de PyTorch, que resta el máximo).</summary>
    /// <exception cref="ArgumentException">x no encaja con el modelo o trae NaN o ∞.</exception>
    public Tensor PredictProbabilities(Tensor x) => TorchInference.Run(x, forward, z => z.softmax(1));

    /// <summary>Clase predicha para cada fila, [n] int64: el argmax de los logits (el de las probabilidades).</summary>
    public Tensor PredictClasses(Tensor x) => TorchInference.Run(x, forward, z => z.argmax(1));

    private protected override void CheckTargets(Tensor y, long samples) =>
        Guard.ClassTargets(y, samples, Classes, Device);

    /// <summary>
    /// Entropía cruzada categórica media desde los logits (<c>torch.nn.functional.cross_entropy</c>, que usa
    /// log-softmax estable).
    /// </summary>
    private protected override Tensor MeanLoss(Tensor logits, Tensor y) => F.cross_entropy(logits, y);

    /// <summary>P − Y sin construir Y: resta 1 en la columna de la clase de cada fila (en el mismo tensor).</summary>
    private protected override Tensor Error(Tensor logits, Tensor y)
    {
        var probabilities = logits.softmax(1);
        var index = y.unsqueeze(1);
        return probabilities.scatter_add_(1, index, full(index.shape, -1, probabilities.dtype, probabilities.device));
    }

    private protected override (Tensor Loss, Tensor Product, Tensor ErrorSum) StepLossAndSums(Tensor x, Tensor y)
    {
        var n = x.shape[0];
        CheckTargets(y, n);

        // Todo lo que mide [n, K] se hace sobre la misma matriz reutilizada; solo se piden dos vectores [n, 1].
        var (z, max, minusOnes) = Workspace(n);
        z.copy_(bias.expand(n, Classes)).addmm_(x, weights); // Z = b + XW
        var index = y.unsqueeze(1);
        var picked = z.gather(1, index); // Z[i, yᵢ]
        z.amax([1], keepdim: true, @out: max); // mᵢ = maxₖ Z[i, k]: restarlo evita que exp desborde
        var expShifted = z.sub_(max).exp_(); // e^(Z − m), en la misma matriz
        var sums = expShifted.sum(dim: 1, keepdim: true); // sᵢ = Σₖ e^(Z[i, k] − mᵢ) ≥ 1
        var probabilities = expShifted.div_(sums); // P = e^(Z − m) / s, en la misma matriz
        // −log softmax(Z)[i, yᵢ] = log Σₖ e^Z[i, k] − Z[i, yᵢ] = mᵢ + log sᵢ − Z[i, yᵢ]
        var loss = sums.log_().sum().add_(max.sum()).sub_(picked.sum()).div_(n);
        var error = probabilities.scatter_add_(1, index, minusOnes); // P − Y: −1 en la columna de la clase de cada fila
        return (loss, TransposeTimes(x, error), SumOverSamples(error));
    }

    /// <summary>‖W‖², la suma de los cuadrados de todos los pesos.</summary>
    private protected override Tensor SquaredNorm() => weights.square().sum();

    /// <summary>Σᵢ(Pᵢ − Yᵢ), [K].</summary>
    private protected override Tensor SumOverSamples(Tensor error) => error.sum(dim: 0); // con «sum(0)», C# tomaría el 0 por ScalarType.Byte

    /// <summary>Comprueba las formas iniciales: W una matriz [d, K] con K ≥ 2 y un sesgo por clase.</summary>
    private static (Tensor Weights, Tensor Bias) CheckShapes(Tensor weights, Tensor bias)
    {
        Guard.NotNull(weights, nameof(weights));
        Guard.NotNull(bias, nameof(bias));
        if (weights.dim() != 2 || weights.shape[0] == 0)
            Guard.Fail(nameof(weights), $"tiene forma {Guard.Shape(weights)}", "una matriz [características, clases]");
        if (weights.shape[1] < 2)
            Guard.Fail(nameof(weights), $"tiene {weights.shape[1]} columnas (clases)", "al menos 2 clases");
        if (bias.dim() != 1 || bias.shape[0] != weights.shape[1])
            Guard.Fail(
                nameof(bias),
                $"tiene forma {Guard.Shape(bias)}",
                $"un sesgo por clase (columna) de weights, que tiene {weights.shape[1]}"
            );
        return (weights, bias);
    }

    /// <summary>Xᵀ·E, [d, K], para X [n, d] y E [n, K].</summary>
    /// <remarks>
    /// Calculado como (EᵀX)ᵀ: con X de 10⁶ × 32, [K, n]·[n, d] es varias veces más rápida aquí que [d, n]·[n, K]. En
    /// float64 y en la CPU, además, libtorch 2.10 (MKL) tarda en esa multiplicación de 200 a 450 ms, 10 veces lo que
    /// cuesta leer X, y la de float32, 25 ms; partida en trozos de 16 384 filas (un <c>bmm</c> con un trozo por lote y
    /// la suma de los resultados), 60–120 ms. Medido en esta máquina (2 núcleos AMD EPYC); el resultado es el mismo
    /// salvo por el orden de las sumas.
    /// </remarks>
    private protected override Tensor TransposeTimes(Tensor x, Tensor error)
    {
        long n = x.shape[0],
            chunks = n / ChunkRows;
        if (x.dtype != ScalarType.Float64 || x.device.type != DeviceType.CPU || chunks < 2)
            return error.t().mm(x).t();
        long main = chunks * ChunkRows;
        var xChunks = x.narrow(0, 0, main).reshape(chunks, ChunkRows, x.shape[1]);
        var errorChunks = error.narrow(0, 0, main).reshape(chunks, ChunkRows, error.shape[1]);
        var product = xChunks.transpose(1, 2).bmm(errorChunks).sum(dim: 0);
        if (main < n)
            product.add_(error.narrow(0, main, n - main).t().mm(x.narrow(0, main, n - main)).t());
        return product;
    }

    private (Tensor Logits, Tensor RowMax, Tensor MinusOnes) Workspace(long n)
    {
        var tensors = workspace.Get(
            n,
            DType,
            Device,
            () => [empty([n, Classes], DType, Device), empty([n, 1], DType, Device), full([n, 1], -1, DType, Device)]
        );
        return (tensors[0], tensors[1], tensors[2]);
    }

    private static Tensor Matrix(double[,] values, ScalarType dtype, Device? device)
    {
        Guard.NotNull(values, nameof(values));
        TorchNative.EnsureLoaded(); // antes de NewDisposeScope, que ya arrancaría torch
        var flat = new double[values.Length];
        Buffer.BlockCopy(values, 0, flat, 0, values.Length * sizeof(double)); // double[,] ya está por filas
        using var scope = NewDisposeScope();
        return TorchParameters
            .Vector(flat, dtype, device, nameof(weights))
            .reshape(values.GetLength(0), values.GetLength(1))
            .MoveToOuterDisposeScope();
    }
}
