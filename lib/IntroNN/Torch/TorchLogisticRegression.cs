using TorchNativeLoader;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace IntroNN.Torch;

/// <summary>
/// Regresión logística sobre tensores de TorchSharp, gemela de <c>IntroNN.LogisticRegression</c> (MathNet):
/// logits z = Xw + b, probabilidad ŷ = σ(z), pérdida = entropía cruzada binaria media (+ (l2/2)·‖w‖² opcional).
/// </summary>
/// <remarks>
/// <para>Capítulo 4b: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb. Dos formas de entrenar, para compararlas:
/// <see cref="TorchLinearModel.Step"/> calcula el gradiente a mano (∂L/∂w = Xᵀ(σ(z) − y)/n + l2·w, ∂L/∂b = Σ(σ(z) − y)/n) y
/// <see cref="TorchLinearModel.AutogradStep"/> deja que lo calcule autograd (<c>loss.backward()</c>) y actualiza con
/// <c>torch.optim.SGD</c>. Ambas devuelven la pérdida ANTES de actualizar, como el bucle del cuaderno de Python.</para>
/// <para>Los pesos son un vector [d] y el sesgo un tensor [1], como <c>torch.rand(2)</c> y <c>torch.rand(1)</c> en el
/// cuaderno de Python. Cada llamada libera sus tensores intermedios (<c>torch.NewDisposeScope()</c>), y
/// <see cref="TorchLinearModel.Step"/> reutiliza entre pasos sus dos vectores [n]. No es seguro entre hilos.</para>
/// </remarks>
public sealed class TorchLogisticRegression : TorchLinearModel
{
    /// <summary>Crea el modelo con copias de <paramref name="weights"/> ([d]) y <paramref name="bias"/> (un elemento).</summary>
    /// <exception cref="ArgumentException">Formas, tipos (float32/float64) o dispositivos que no encajan, o valores no finitos.</exception>
    public TorchLogisticRegression(Tensor weights, Tensor bias)
        : base(nameof(TorchLogisticRegression), CheckShapes(weights, bias)) { }

    /// <summary>Crea el modelo con los pesos y el sesgo dados, en el tipo y dispositivo pedidos.</summary>
    public TorchLogisticRegression(
        double[] weights,
        double bias,
        ScalarType dtype = ScalarType.Float64,
        Device? device = null
    )
        : this(
            TorchParameters.Vector(weights, dtype, device, nameof(weights)),
            TorchParameters.Vector([bias], dtype, device, nameof(bias))
        ) { }

    /// <summary>
    /// Los pesos iniciales del cuaderno de Python del tutorial: <c>torch.manual_seed(seed); weights = torch.rand(d);
    /// bias = torch.rand(1)</c>. Con la semilla 42 y d = 2: 0.88226926, 0.91500396 y 0.38286376.
    /// </summary>
    /// <remarks>
    /// Se sortean siempre en float32 y en la CPU, como en el cuaderno, y después se convierten a <paramref name="dtype"/>
    /// y se llevan a <paramref name="device"/>: así los dos tipos y todos los dispositivos parten de los mismos números.
    /// Usa un generador propio con esa semilla (la misma secuencia que <c>torch.manual_seed</c>) y deja la semilla
    /// global como estaba.
    /// </remarks>
    public static TorchLogisticRegression FromManualSeed(
        int features,
        long seed = 42,
        ScalarType dtype = ScalarType.Float32,
        Device? device = null
    )
    {
        Guard.Positive(features, nameof(features));
        TorchNative.EnsureLoaded(); // antes de tocar torch: NewDisposeScope ya lo arrancaría
        using var scope = NewDisposeScope();
        var (w, b) = TorchParameters.DrawLikePyTorch(seed, [features], [1], dtype, device);
        return new TorchLogisticRegression(w, b);
    }

    /// <summary>Logits z = Xw + b, [n]. Es el <c>forward</c> de PyTorch: devuelve logits, no probabilidades.</summary>
    public override Tensor forward(Tensor x)
    {
        Guard.Features(x, Features, DType, Device);
        return x.mv(weights).add_(bias);
    }

    /// <summary>Probabilidades ŷ = σ(Xw + b) de la clase 1, [n].</summary>
    /// <exception cref="ArgumentException">x no encaja con el modelo o trae NaN o ∞.</exception>
    public Tensor PredictProbabilities(Tensor x) => TorchInference.Run(x, forward, z => z.sigmoid_());

    /// <summary>Clase predicha, [n] int64: 1 si ŷ ≥ 0.5 (es decir, z ≥ 0), si no 0.</summary>
    public Tensor PredictClasses(Tensor x) => TorchInference.Run(x, forward, z => z.ge(0).to(ScalarType.Int64));

    private protected override void CheckTargets(Tensor y, long samples) =>
        Guard.BinaryTargets(y, samples, DType, Device);

    /// <summary>
    /// Entropía cruzada binaria media desde los logits, en la forma estable de PyTorch
    /// (<c>binary_cross_entropy_with_logits</c>).
    /// </summary>
    private protected override Tensor MeanLoss(Tensor logits, Tensor y) =>
        F.binary_cross_entropy_with_logits(logits, y);

    /// <summary>σ(z) − y, en el mismo vector.</summary>
    private protected override Tensor Error(Tensor logits, Tensor y) => logits.sigmoid_().sub_(y);

    private protected override (Tensor Loss, Tensor Product, Tensor ErrorSum) StepLossAndSums(Tensor x, Tensor y)
    {
        var n = x.shape[0];
        var (z, error) = Workspace(n);
        Guard.BinaryTargets(y, n, DType, Device, error);

        // Por trozos de filas: z = b + Xw del trozo y en seguida Xᵀ(σ(z) − y) del mismo trozo, que sigue en la caché.
        // Así X se lee de memoria una vez por paso y no dos (una por cada producto, si se hicieran con X entera).
        var product = zeros(Features, DType, Device);
        foreach (var (start, length) in RowChunks(x))
        {
            var xChunk = x.narrow(0, start, length);
            var zChunk = z.narrow(0, start, length).copy_(bias.expand(length)).addmv_(xChunk, weights);
            var errorChunk = Error(error.narrow(0, start, length).copy_(zChunk), y.narrow(0, start, length));
            product.addmv_(xChunk.t(), errorChunk);
        }

        var errorSum = SumOverSamples(error);

        // La pérdida, en la forma estable de binary_cross_entropy_with_logits: ℓᵢ = max(zᵢ, 0) − yᵢzᵢ + log(1 + e^(−|zᵢ|)).
        // Sin pedir vectores nuevos (con n = 10⁶, cada uno son 8 MB que la VM sirve con fallos de página en cada paso):
        // el del residuo, ya sumado, sirve de borrador, y max(zᵢ, 0) se calcula al final sobre z misma.
        var softPart = error.copy_(z).abs_().neg_().exp_().log1p_().sum();
        var labelPart = y.dot(z);
        var loss = z.clamp_min_(0).sum().add_(softPart).sub_(labelPart).div_(n);
        return (loss, product, errorSum);
    }

    /// <summary>‖w‖² = w·w.</summary>
    private protected override Tensor SquaredNorm() => weights.dot(weights);

    /// <summary>Xᵀ(ŷ − y): BLAS lee X traspuesta sin copiarla.</summary>
    private protected override Tensor TransposeTimes(Tensor x, Tensor error) => x.t().mv(error);

    private protected override Tensor SumOverSamples(Tensor error) => error.sum().reshape(1);

    /// <summary>Comprueba las formas iniciales: w un vector [d] y un solo sesgo, que se guarda como tensor [1].</summary>
    private static (Tensor Weights, Tensor Bias) CheckShapes(Tensor weights, Tensor bias)
    {
        Guard.NotNull(weights, nameof(weights));
        Guard.NotNull(bias, nameof(bias));
        if (weights.dim() != 1 || weights.shape[0] == 0)
            Guard.Fail(
                nameof(weights),
                $"tiene forma {Guard.Shape(weights)}",
                "un vector con un peso por característica"
            );
        if (bias.numel() != 1)
            Guard.Fail(nameof(bias), $"tiene forma {Guard.Shape(bias)}", "un solo sesgo, el de la regresión logística");
        return (weights, bias.reshape(1));
    }

    /// <summary>Dos vectores [n], z y el residuo, que se reutilizan mientras n, el tipo y el dispositivo no cambien.</summary>
    private (Tensor Logits, Tensor Error) Workspace(long n)
    {
        var both = workspace.Get(n, DType, Device, () => [empty([2, n], DType, Device)])[0];
        return (both[0], both[1]);
    }
}
