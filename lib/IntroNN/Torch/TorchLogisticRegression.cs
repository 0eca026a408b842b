using TorchNativeLoader;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace IntroNN.Torch;

/// <summary>
/// Regresión logística sobre tensores de TorchSharp, gemela de <c>IntroNN.LogisticRegression</c> (MathNet):
/// logits z = Xw + b, probabilidad ŷ = σ(z), pérdida = entropía cruzada binaria media (+ (l2/2)·‖w‖² opcional).
/// </summary>
/// <remarks>
/// <para>Capítulo 4b: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb. Dos formas de entrenar, para compararlas:
/// <see cref="Step"/> calcula el gradiente a mano (∂L/∂w = Xᵀ(σ(z) − y)/n + l2·w, ∂L/∂b = Σ(σ(z) − y)/n) y
/// <see cref="AutogradStep"/> deja que lo calcule autograd (<c>loss.backward()</c>) y actualiza con
/// <c>torch.optim.SGD</c>. Ambas devuelven la pérdida ANTES de actualizar, como el bucle del cuaderno de Python.</para>
/// <para>Los pesos son un vector [d] y el sesgo un tensor [1], como <c>torch.rand(2)</c> y <c>torch.rand(1)</c> en el
/// cuaderno de Python. Cada llamada libera sus tensores intermedios (<c>torch.NewDisposeScope()</c>), y
/// <see cref="Step"/> reutiliza entre pasos sus dos vectores [n]. No es seguro entre hilos.</para>
/// </remarks>
public sealed class TorchLogisticRegression : nn.Module<Tensor, Tensor>
{
    // Los nombres de los campos coinciden con los de register_parameter: así Module.to(...) los mantiene al día.
    private Parameter weights;
    private Parameter bias;
    private readonly TorchWorkspace workspace = new(); // [2, n]: los logits z (luego σ(z) − y) y un vector auxiliar

    /// <summary>Crea el modelo con copias de <paramref name="weights"/> ([d]) y <paramref name="bias"/> (un elemento).</summary>
    /// <exception cref="ArgumentException">Formas, tipos (float32/float64) o dispositivos que no encajan, o valores no finitos.</exception>
    public TorchLogisticRegression(Tensor weights, Tensor bias)
        : base(TorchParameters.AfterLoadingNatives(nameof(TorchLogisticRegression)))
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
        (this.weights, this.bias) = TorchParameters.Copies(weights, bias.reshape(1));
        register_parameter(nameof(this.weights), this.weights);
        register_parameter(nameof(this.bias), this.bias);
    }

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

    /// <summary>Los pesos w, [d]. Es el parámetro mismo: no lo liberes ni lo modifiques fuera de <c>torch.no_grad()</c>.</summary>
    public Parameter Weights => weights;

    /// <summary>El sesgo b, [1].</summary>
    public Parameter Bias => bias;

    /// <summary>Número de características d.</summary>
    public long Features => weights.shape[0];

    /// <summary>float32 o float64.</summary>
    public ScalarType DType => weights.dtype;

    /// <summary>Dónde están los parámetros.</summary>
    public Device Device => weights.device;

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

    /// <summary>
    /// Entropía cruzada binaria media desde los logits (forma estable de PyTorch,
    /// <c>binary_cross_entropy_with_logits</c>) más (l2/2)·‖w‖². Tensor de 0 dimensiones, con grafo para autograd.
    /// </summary>
    public Tensor Loss(Tensor x, Tensor y, double l2 = 0)
    {
        Guard.NonNegative(l2, nameof(l2));
        Guard.Features(x, Features, DType, Device);
        Guard.BinaryTargets(y, x.shape[0], DType, Device);
        using var scope = NewDisposeScope();
        var loss = F.binary_cross_entropy_with_logits(forward(x), y);
        if (l2 > 0)
            loss = loss.add(weights.dot(weights).mul(l2 / 2));
        return loss.MoveToOuterDisposeScope();
    }

    /// <summary>El gradiente analítico, calculado a mano: (Xᵀ(σ(z) − y)/n + l2·w, Σ(σ(z) − y)/n).</summary>
    public (Tensor Weights, Tensor Bias) Gradient(Tensor x, Tensor y, double l2 = 0)
    {
        Guard.NonNegative(l2, nameof(l2));
        Guard.Features(x, Features, DType, Device);
        Guard.BinaryTargets(y, x.shape[0], DType, Device);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var error = forward(x).sigmoid_().sub_(y);
        var (gradWeights, gradBias) = GradientFromError(x, error, l2);
        return (gradWeights.MoveToOuterDisposeScope(), gradBias.MoveToOuterDisposeScope());
    }

    /// <summary>
    /// Un paso de descenso por gradiente con el gradiente escrito a mano: w ← w − η·∂L/∂w, b ← b − η·∂L/∂b.
    /// Devuelve la pérdida antes de actualizar.
    /// </summary>
    /// <exception cref="ArgumentException">x o y no encajan con el modelo, etiquetas que no son 0/1, NaN o ∞ en x, η ≤ 0.</exception>
    /// <exception cref="InvalidOperationException">La pérdida dejó de ser finita (divergencia); los pesos quedan como estaban.</exception>
    public double Step(Tensor x, Tensor y, double learningRate, double l2 = 0)
    {
        Guard.LearningRate(learningRate);
        Guard.NonNegative(l2, nameof(l2));
        Guard.Features(x, Features, DType, Device);
        var n = x.shape[0];
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var (z, scratch) = Workspace(n);
        Guard.BinaryTargets(y, n, DType, Device, scratch);

        // Con n = 10⁶, cada vector temporal son 8 MB que la VM sirve con fallos de página en cada paso; por eso la
        // pérdida se calcula aquí en dos vectores reutilizados, con la misma forma estable que
        // binary_cross_entropy_with_logits: ℓᵢ = max(zᵢ, 0) − yᵢzᵢ + log(1 + e^(−|zᵢ|)).
        z.copy_(bias.expand(n)).addmv_(x, weights); // z = b + Xw
        var positivePart = scratch.copy_(z).clamp_min_(0).sum();
        var softPart = scratch.copy_(z).abs_().neg_().exp_().log1p_().sum();
        var loss = positivePart.add_(softPart).sub_(y.dot(z)).div_(n);
        if (l2 > 0)
            loss.add_(weights.dot(weights).mul_(l2 / 2));
        var value = loss.to(ScalarType.Float64).item<double>();
        if (!double.IsFinite(value))
            throw Guard.ExplainNonFiniteLoss(value, x, ("Los pesos", weights), ("El sesgo", bias));

        var error = z.sigmoid_().sub_(y); // σ(z) − y, en el mismo vector
        var (gradWeights, gradBias) = GradientFromError(x, error, l2);
        weights.sub_(gradWeights.mul_(learningRate));
        bias.sub_(gradBias.mul_(learningRate));
        return value;
    }

    /// <summary>
    /// Un paso con autograd, como en PyTorch: <c>optimizer.zero_grad(); loss = Loss(x, y); loss.backward();
    /// optimizer.step()</c>. Devuelve la pérdida antes de actualizar.
    /// </summary>
    /// <param name="x">Las muestras, [n, d].</param>
    /// <param name="y">Las etiquetas 0/1, [n], del tipo del modelo.</param>
    /// <param name="optimizer">Normalmente <see cref="CreateSGD"/>; cualquier optimizador sobre <c>parameters()</c> sirve.</param>
    /// <param name="l2">Regularización L2 de los pesos (0: ninguna).</param>
    /// <exception cref="InvalidOperationException">La pérdida dejó de ser finita; no se llama a <c>optimizer.step()</c>.</exception>
    public double AutogradStep(Tensor x, Tensor y, optim.Optimizer optimizer, double l2 = 0)
    {
        return TorchAutograd.Step(() => Loss(x, y, l2), optimizer, x, ("Los pesos", weights), ("El sesgo", bias));
    }

    /// <summary><c>torch.optim.SGD(parameters(), learningRate)</c>: descenso por gradiente sin momento.</summary>
    public SGD CreateSGD(double learningRate) => TorchAutograd.SGD(parameters(), learningRate);

    /// <summary>Libera los parámetros y el vector de trabajo.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
            workspace.Dispose();
        base.Dispose(disposing);
    }

    private (Tensor Weights, Tensor Bias) GradientFromError(Tensor x, Tensor error, double l2)
    {
        var n = x.shape[0];
        var gradWeights = x.t().mv(error).div_(n); // Xᵀ(ŷ − y)/n: BLAS lee X traspuesta sin copiarla
        if (l2 > 0)
            gradWeights.add_(weights, l2);
        var gradBias = error.sum().div_(n).reshape(1);
        return (gradWeights, gradBias);
    }

    /// <summary>Dos vectores [n] que se reutilizan mientras n, el tipo y el dispositivo no cambien.</summary>
    private (Tensor Logits, Tensor Scratch) Workspace(long n)
    {
        var both = workspace.Get(n, DType, Device, () => [empty([2, n], DType, Device)])[0];
        return (both[0], both[1]);
    }
}
