using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace IntroNN.Torch;

/// <summary>
/// Comprobaciones de tensores con mensajes en español que dicen qué se esperaba y qué llegó, para que ningún error
/// salga de las entrañas de TorchSharp con un mensaje que quien aprende no pueda entender.
/// </summary>
/// <remarks>
/// Las comprobaciones de forma, tipo y dispositivo no leen datos. Las de etiquetas leen una vez el vector de etiquetas
/// (n valores, poco frente a X). Los NaN e infinitos de X no se buscan en cada paso (sería otra pasada entera por X):
/// <see cref="TorchData"/> los rechaza al crear el tensor, y si aun así la pérdida sale NaN o infinita,
/// <see cref="ExplainNonFiniteLoss"/> averigua la causa antes de tocar los pesos.
/// </remarks>
internal static class TorchGuard
{
    /// <summary>"[66, 2] Float64 en cpu": forma, tipo y dispositivo de un tensor.</summary>
    public static string Describe(Tensor t) => $"[{string.Join(", ", t.shape)}] {t.dtype} en {t.device}";

    /// <summary>Un número como lo leería quien aprende: 0.05, NaN, ∞, -∞.</summary>
    public static string Format(double value) =>
        value switch
        {
            double.PositiveInfinity => "∞",
            double.NegativeInfinity => "-∞",
            _ => value.ToString("G6", CultureInfo.InvariantCulture),
        };

    /// <summary>Solo float32 y float64: los tipos en que tiene sentido entrenar estos modelos.</summary>
    public static void FloatingType(ScalarType dtype, string name)
    {
        if (dtype is not (ScalarType.Float32 or ScalarType.Float64))
            throw new ArgumentException(
                $"{name} es {dtype} pero se esperaba float32 o float64 (torch.float32, torch.float64).",
                name
            );
    }

    /// <summary>Un dispositivo CUDA solo si hay CUDA; si no, TorchSharp lanzaría un mensaje largo y confuso.</summary>
    public static void DeviceAvailable(Device device, string name)
    {
        if (device.type == DeviceType.CUDA && !cuda.is_available())
            throw new InvalidOperationException(
                $"{name} es {device}, pero torch.cuda.is_available() es falso: este paquete de TorchSharp (libtorch-cpu) "
                    + "no trae CUDA o no hay GPU. Usa torch.CPU o el dispositivo que elige TorchDevices.Select()."
            );
        if (device.type is not (DeviceType.CPU or DeviceType.CUDA))
            throw new ArgumentException($"{name} es {device} pero se esperaba la CPU o una GPU CUDA.", name);
    }

    public static void LearningRate(double learningRate)
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(
                nameof(learningRate),
                learningRate,
                $"learningRate vale {Format(learningRate)} pero la tasa de aprendizaje debe ser un número positivo y finito (p. ej. 0.05)."
            );
    }

    public static void L2(double l2)
    {
        if (!(l2 >= 0) || double.IsInfinity(l2))
            throw new ArgumentOutOfRangeException(
                nameof(l2),
                l2,
                $"l2 vale {Format(l2)} pero la regularización L2 debe ser un número finito mayor o igual que 0."
            );
    }

    /// <summary>x: una matriz [muestras, características] no vacía, del tipo y dispositivo del modelo.</summary>
    public static void Features(Tensor? x, long features, ScalarType dtype, Device device, string name = "x")
    {
        NotNull(x, name);
        if (x.dim() != 2)
            throw new ArgumentException(
                $"{name} tiene forma [{string.Join(", ", x.shape)}] pero se esperaba una matriz [muestras, características] de 2 dimensiones.",
                name
            );
        if (x.shape[0] == 0)
            throw new ArgumentException($"{name} está vacía ({Describe(x)}): hace falta al menos una muestra.", name);
        if (x.shape[1] != features)
            throw new ArgumentException(
                $"{name} tiene {x.shape[1]} columnas pero el modelo tiene {features} pesos por clase: cada característica necesita su peso.",
                name
            );
        SameTypeAndDevice(x, dtype, device, name);
    }

    /// <summary>Mismo tipo y dispositivo que el modelo; no se convierte en silencio porque copiar X en cada paso cuesta.</summary>
    public static void SameTypeAndDevice(Tensor t, ScalarType dtype, Device device, string name)
    {
        if (t.dtype != dtype)
            throw new ArgumentException(
                $"{name} es {t.dtype} pero el modelo es {dtype}: convierte una vez con {name}.to({dtype}) antes de entrenar.",
                name
            );
        if (t.device.type != device.type || t.device.index != device.index)
            throw new ArgumentException(
                $"{name} está en {t.device} pero el modelo está en {device}: muévelo una vez con {name}.to(device).",
                name
            );
    }

    /// <summary>y para la regresión logística: un vector con una etiqueta 0 o 1 por fila de x, del tipo del modelo.</summary>
    /// <param name="y">Las etiquetas.</param>
    /// <param name="samples">Las filas de x.</param>
    /// <param name="dtype">El tipo del modelo.</param>
    /// <param name="device">El dispositivo del modelo.</param>
    /// <param name="scratch">Un vector [n] que se puede sobrescribir: comprueba yᵢ(yᵢ − 1) = 0 sin pedir memoria.</param>
    /// <param name="name">El nombre del argumento en los mensajes.</param>
    public static void BinaryTargets(
        Tensor? y,
        long samples,
        ScalarType dtype,
        Device device,
        Tensor? scratch = null,
        string name = "y"
    )
    {
        NotNull(y, name);
        Samples(y, samples, name);
        SameTypeAndDevice(y, dtype, device, name);
        using var scope = NewDisposeScope();
        // yᵢ(yᵢ − 1) es 0 justo cuando yᵢ es 0 o 1 (un NaN da NaN, un valor enorme da ∞): si todo es 0, no hay más que mirar.
        if (scratch is not null && scratch.copy_(y).sub_(1).mul_(y).abs_().max().ToDouble() == 0)
            return;
        var bad = y.ne(0).logical_and_(y.ne(1));
        if (bad.any().item<bool>())
        {
            var index = bad.nonzero()[0, 0].item<long>();
            throw new ArgumentException(
                $"{name}[{index}] vale {Format(y[index].to(ScalarType.Float64).item<double>())} pero las etiquetas de la regresión logística deben ser 0 o 1.",
                name
            );
        }
    }

    /// <summary>y para la regresión softmax: un vector int64 con una clase de 0 a K − 1 por fila de x.</summary>
    public static void ClassTargets(Tensor? y, long samples, long classes, Device device, string name = "y")
    {
        NotNull(y, name);
        Samples(y, samples, name);
        if (y.dtype != ScalarType.Int64)
            throw new ArgumentException(
                $"{name} es {y.dtype} pero las clases deben ser enteros int64 (como pide torch.nn.functional.cross_entropy): usa {name}.to(torch.int64).",
                name
            );
        SameTypeAndDevice(y, ScalarType.Int64, device, name);
        using var scope = NewDisposeScope();
        var bad = y.lt(0).logical_or_(y.ge(classes));
        if (bad.any().item<bool>())
        {
            var index = bad.nonzero()[0, 0].item<long>();
            throw new ArgumentException(
                $"{name}[{index}] vale {y[index].item<long>()} pero con {classes} clases las etiquetas van de 0 a {classes - 1}.",
                name
            );
        }
    }

    public static void NotNull([System.Diagnostics.CodeAnalysis.NotNull] object? value, string name)
    {
        if (value is null)
            throw new ArgumentNullException(name, $"{name} no puede ser null.");
    }

    private static void Samples(Tensor y, long samples, string name)
    {
        if (y.dim() != 1)
            throw new ArgumentException(
                $"{name} tiene forma [{string.Join(", ", y.shape)}] pero se esperaba un vector con una etiqueta por muestra.",
                name
            );
        if (y.shape[0] != samples)
            throw new ArgumentException(
                $"{name} tiene {y.shape[0]} etiquetas pero x tiene {samples} filas: hace falta una etiqueta por muestra.",
                name
            );
    }

    /// <summary>
    /// La pérdida salió NaN o infinita: dice por qué. Si X trae NaN o ∞, es un error de los datos (ArgumentException con
    /// la fila y la columna); si no, los pesos o los logits se desbordaron (InvalidOperationException).
    /// </summary>
    public static Exception ExplainNonFiniteLoss(double loss, Tensor x, params (string Name, Tensor Value)[] parameters)
    {
        using var scope = NewDisposeScope();
        var badX = x.isfinite().logical_not_();
        if (badX.any().item<bool>())
        {
            var at = badX.nonzero()[0];
            long row = at[0].item<long>(),
                column = at[1].item<long>();
            return new ArgumentException(
                $"x[{row}, {column}] vale {Format(x[row, column].to(ScalarType.Float64).item<double>())}: los datos deben ser números finitos (sin NaN ni ∞).",
                nameof(x)
            );
        }
        foreach (var (name, value) in parameters)
            if (!value.isfinite().all().item<bool>())
                return new InvalidOperationException(
                    $"{name} ya no son números finitos: el descenso por gradiente divergió. Prueba con una tasa de aprendizaje menor."
                );
        return new InvalidOperationException(
            $"La pérdida vale {Format(loss)} con datos y pesos finitos: los logits se desbordan. Estandariza x o usa una tasa de aprendizaje menor."
        );
    }
}
