using TorchNativeLoader;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace IntroNN.Torch;

/// <summary>Lo que comparten los dos modelos para crear sus parámetros.</summary>
internal static class TorchParameters
{
    /// <summary>
    /// <see cref="TorchNative.EnsureLoaded"/> y devuelve <paramref name="value"/>: para llamarlo en el argumento de un
    /// constructor base (<c>nn.Module</c> ya toca las bibliotecas nativas antes de que empiece el cuerpo del constructor).
    /// </summary>
    public static T AfterLoadingNatives<T>(T value)
    {
        TorchNative.EnsureLoaded();
        return value;
    }

    /// <summary>
    /// Una copia del tensor como <see cref="Parameter"/> (requires_grad), fuera de cualquier DisposeScope: si el
    /// modelo se crea dentro de un <c>using var scope = torch.NewDisposeScope()</c>, el ámbito no se lleva sus pesos.
    /// </summary>
    public static Parameter Copy(Tensor value) => new(value.detach().clone().DetachFromDisposeScope());

    /// <summary>
    /// Copias de los pesos y el sesgo iniciales como parámetros, tras comprobar lo que comparten los dos modelos:
    /// float32 o float64, el sesgo del tipo y dispositivo de los pesos, y todo finito. (La forma la comprueba cada modelo.)
    /// </summary>
    public static (Parameter Weights, Parameter Bias) Copies(Tensor weights, Tensor bias)
    {
        Guard.FloatingType(weights.dtype, nameof(weights));
        Guard.SameTypeAndDevice(bias, weights.dtype, weights.device, nameof(bias));
        Guard.FiniteParameter(weights, nameof(weights));
        Guard.FiniteParameter(bias, nameof(bias));
        return (Copy(weights), Copy(bias));
    }

    /// <summary>Un tensor [n] del tipo y dispositivo pedidos, creado en la CPU y llevado allí.</summary>
    public static Tensor Vector(double[] values, ScalarType dtype, Device? device, string name)
    {
        Guard.NotNull(values, name);
        TorchNative.EnsureLoaded();
        Guard.FloatingType(dtype, nameof(dtype));
        device ??= CPU;
        Guard.DeviceAvailable(device, nameof(device));
        using var cpu = tensor(values, ScalarType.Float64);
        return cpu.to(dtype, device);
    }

    /// <summary>
    /// Los números de <c>torch.manual_seed(seed); w = torch.rand(weightShape); b = torch.rand(biasShape)</c> en float32
    /// y en la CPU, como el cuaderno de Python; después, al tipo y dispositivo pedidos.
    /// </summary>
    /// <remarks>
    /// Usa un <c>torch.Generator</c> propio sembrado con <paramref name="seed"/>, que da la misma secuencia que el
    /// generador global tras <c>manual_seed</c>, sin tocar la semilla global: dos llamadas desde hilos distintos no se
    /// roban números la una a la otra.
    /// </remarks>
    public static (Tensor Weights, Tensor Bias) DrawLikePyTorch(
        long seed,
        long[] weightShape,
        long[] biasShape,
        ScalarType dtype,
        Device? device
    )
    {
        TorchNative.EnsureLoaded();
        Guard.FloatingType(dtype, nameof(dtype));
        device ??= CPU;
        Guard.DeviceAvailable(device, nameof(device));
        using var generator = new Generator(unchecked((ulong)seed), CPU);
        var weights = rand(weightShape, ScalarType.Float32, generator: generator);
        var bias = rand(biasShape, ScalarType.Float32, generator: generator);
        return (weights.to(dtype, device), bias.to(dtype, device));
    }
}
