using TorchNativeLoader;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace IntroNN.Torch;

/// <summary>
/// Lo que las dos regresiones de TorchSharp hacen igual con sus parámetros W y b (como <c>LinearParameters</c> en
/// MathNet): guardarlos como parámetros de <c>nn.Module</c>, comprobar las entradas, sumar la penalización L2
/// (l2/2)·‖W‖² a la pérdida y l2·W al gradiente, dar el paso de descenso W ← W − η·∂L/∂W, b ← b − η·∂L/∂b, el paso
/// con autograd y <c>torch.optim.SGD</c>.
/// </summary>
/// <remarks>
/// Cada modelo pone lo suyo: la pérdida media desde los logits, el residuo (σ(z) − y o P − Y), Xᵀ por el residuo y el
/// paso rápido que reutiliza sus tensores de trabajo. Solo lo pueden heredar los dos modelos de esta biblioteca.
/// </remarks>
public abstract class TorchLinearModel : nn.Module<Tensor, Tensor>
{
    // Los nombres de los campos coinciden con los de register_parameter: así Module.to(...) los mantiene al día. No son
    // private porque Module.to los busca por reflexión en el tipo derivado, que no ve los campos privados de su base.
    private protected Parameter weights;
    private protected Parameter bias;

    /// <summary>Los tensores que <see cref="Step"/> reutiliza entre pasos; cada modelo dice cuáles.</summary>
    private protected readonly TorchWorkspace workspace = new();

    /// <summary>Copias de los parámetros iniciales, ya con la forma comprobada por el modelo.</summary>
    private protected TorchLinearModel(string name, (Tensor Weights, Tensor Bias) initial)
        : base(TorchParameters.AfterLoadingNatives(name))
    {
        (weights, bias) = TorchParameters.Copies(initial.Weights, initial.Bias);
        register_parameter(nameof(weights), weights);
        register_parameter(nameof(bias), bias);
    }

    /// <summary>Los pesos W. Es el parámetro mismo: no lo liberes ni lo modifiques fuera de <c>torch.no_grad()</c>.</summary>
    public Parameter Weights => weights;

    /// <summary>El sesgo b (uno por clase en la softmax).</summary>
    public Parameter Bias => bias;

    /// <summary>Número de características d.</summary>
    public long Features => weights.shape[0];

    /// <summary>float32 o float64.</summary>
    public ScalarType DType => weights.dtype;

    /// <summary>Dónde están los parámetros.</summary>
    public Device Device => weights.device;

    /// <summary>Pérdida media desde los logits más (l2/2)·‖W‖². Tensor de 0 dimensiones, con grafo para autograd.</summary>
    /// <param name="x">Las muestras, [n, d].</param>
    /// <param name="y">Las etiquetas, como las pide cada modelo.</param>
    /// <param name="l2">Regularización L2 de los pesos (0: ninguna); el sesgo no se penaliza.</param>
    public Tensor Loss(Tensor x, Tensor y, double l2 = 0)
    {
        CheckBatch(x, y, l2);
        using var scope = NewDisposeScope();
        var loss = MeanLoss(forward(x), y);
        if (l2 > 0)
            loss = loss.add(SquaredNorm().mul(l2 / 2));
        return loss.MoveToOuterDisposeScope();
    }

    /// <summary>El gradiente analítico, calculado a mano: (Xᵀ·residuo/n + l2·W, Σ residuo/n).</summary>
    public (Tensor Weights, Tensor Bias) Gradient(Tensor x, Tensor y, double l2 = 0)
    {
        CheckBatch(x, y, l2);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var error = Error(forward(x), y);
        var (gradWeights, gradBias) = MeanGradient(x.shape[0], TransposeTimes(x, error), SumOverSamples(error), l2);
        return (gradWeights.MoveToOuterDisposeScope(), gradBias.MoveToOuterDisposeScope());
    }

    /// <summary>
    /// Un paso de descenso por gradiente con el gradiente escrito a mano: W ← W − η·∂L/∂W, b ← b − η·∂L/∂b.
    /// Devuelve la pérdida antes de actualizar.
    /// </summary>
    /// <exception cref="ArgumentException">x o y no encajan con el modelo, etiquetas fuera de rango, NaN o ∞ en x, η ≤ 0.</exception>
    /// <exception cref="InvalidOperationException">La pérdida dejó de ser finita (divergencia); los pesos quedan como estaban.</exception>
    public double Step(Tensor x, Tensor y, double learningRate, double l2 = 0)
    {
        Guard.LearningRate(learningRate);
        Guard.NonNegative(l2, nameof(l2));
        Guard.Features(x, Features, DType, Device);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var (loss, product, errorSum) = StepLossAndSums(x, y);
        if (l2 > 0)
            loss.add_(SquaredNorm().mul_(l2 / 2));
        var value = loss.to(ScalarType.Float64).item<double>();
        if (!double.IsFinite(value))
            throw Guard.ExplainNonFiniteLoss(value, x, Named());

        var (gradWeights, gradBias) = MeanGradient(x.shape[0], product, errorSum, l2);
        weights.sub_(gradWeights.mul_(learningRate));
        bias.sub_(gradBias.mul_(learningRate));
        return value;
    }

    /// <summary>
    /// Un paso con autograd, como en PyTorch: <c>optimizer.zero_grad(); loss = Loss(x, y); loss.backward();
    /// optimizer.step()</c>. Devuelve la pérdida antes de actualizar.
    /// </summary>
    /// <param name="x">Las muestras, [n, d].</param>
    /// <param name="y">Las etiquetas, como en <see cref="Loss"/>.</param>
    /// <param name="optimizer">Normalmente <see cref="CreateSGD"/>; cualquier optimizador sobre <c>parameters()</c> sirve.</param>
    /// <param name="l2">Regularización L2 de los pesos (0: ninguna).</param>
    /// <exception cref="InvalidOperationException">La pérdida dejó de ser finita; no se llama a <c>optimizer.step()</c>.</exception>
    public double AutogradStep(Tensor x, Tensor y, optim.Optimizer optimizer, double l2 = 0) =>
        TorchAutograd.Step(() => Loss(x, y, l2), optimizer, x, Named());

    /// <summary><c>torch.optim.SGD(parameters(), learningRate)</c>: descenso por gradiente sin momento.</summary>
    public SGD CreateSGD(double learningRate) => TorchAutograd.SGD(parameters(), learningRate);

    /// <summary>Libera los parámetros y los tensores de trabajo.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
            workspace.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Comprueba y: el tipo, el rango y que haya una etiqueta por fila de x.</summary>
    private protected abstract void CheckTargets(Tensor y, long samples);

    /// <summary>La pérdida media (sin L2) desde los logits, con grafo para autograd.</summary>
    private protected abstract Tensor MeanLoss(Tensor logits, Tensor y);

    /// <summary>El residuo desde los logits (σ(z) − y o P − Y), pudiendo sobrescribirlos.</summary>
    private protected abstract Tensor Error(Tensor logits, Tensor y);

    /// <summary>
    /// Lo que necesita <see cref="Step"/>: la pérdida media (sin L2), Xᵀ·residuo y Σᵢ residuoᵢ, sobre los tensores de
    /// trabajo; comprueba y. x ya está comprobada.
    /// </summary>
    private protected abstract (Tensor Loss, Tensor Product, Tensor ErrorSum) StepLossAndSums(Tensor x, Tensor y);

    /// <summary>‖W‖², la suma de los cuadrados de los pesos.</summary>
    private protected abstract Tensor SquaredNorm();

    /// <summary>Xᵀ·residuo, con la forma de W.</summary>
    private protected abstract Tensor TransposeTimes(Tensor x, Tensor error);

    /// <summary>Σᵢ residuoᵢ, con la forma de b.</summary>
    private protected abstract Tensor SumOverSamples(Tensor error);

    private void CheckBatch(Tensor x, Tensor y, double l2)
    {
        Guard.NonNegative(l2, nameof(l2));
        Guard.Features(x, Features, DType, Device);
        CheckTargets(y, x.shape[0]);
    }

    /// <summary>El gradiente medio desde las sumas sobre las n muestras: (Xᵀ·residuo/n + l2·W, Σ residuo/n).</summary>
    private (Tensor Weights, Tensor Bias) MeanGradient(long n, Tensor product, Tensor errorSum, double l2)
    {
        var gradWeights = product.div_(n);
        if (l2 > 0)
            gradWeights.add_(weights, l2);
        return (gradWeights, errorSum.div_(n));
    }

    /// <summary>Filas por trozo cuando un paso recorre X por partes (ver <see cref="RowChunks"/>).</summary>
    private protected const long ChunkRows = 16384;

    /// <summary>
    /// Los trozos de filas (inicio, longitud) de X, de <see cref="ChunkRows"/> filas (el último, las que sobren), o uno
    /// solo con todas si X no está en la CPU.
    /// </summary>
    /// <remarks>
    /// Con d = 32, un trozo en float64 son 4 MB: cabe en la caché L3, así que un paso puede usarlo dos veces (X·w y
    /// Xᵀ·residuo) leyéndolo de memoria una sola. En una GPU, en cambio, cada trozo serían más lanzamientos de kernels.
    /// </remarks>
    private protected static IEnumerable<(long Start, long Length)> RowChunks(Tensor x)
    {
        long n = x.shape[0],
            size = x.device.type == DeviceType.CPU ? ChunkRows : n;
        for (long start = 0; start < n; start += size)
            yield return (start, Math.Min(size, n - start));
    }

    /// <summary>Los parámetros con el nombre que usan los mensajes de divergencia.</summary>
    private (string Name, Tensor Value)[] Named() =>
        [("Los pesos", weights), (bias.numel() == 1 ? "El sesgo" : "Los sesgos", bias)];
}
