using System.Diagnostics.CodeAnalysis;
using TorchSharp;
using static TorchSharp.torch;

namespace IntroNN;

/// <summary>Las comprobaciones de tensores de TorchSharp, con el mismo formato de mensaje que el resto.</summary>
/// <remarks>
/// Las comprobaciones de forma, tipo y dispositivo no leen datos. Las de etiquetas leen una vez el vector de etiquetas
/// (n valores, poco frente a X). Los NaN e infinitos de X no se buscan en cada paso (sería otra pasada entera por X):
/// <see cref="Torch.TorchData"/> los rechaza al crear el tensor, y si aun así la pérdida sale NaN o infinita,
/// <see cref="ExplainNonFiniteLoss"/> averigua la causa antes de tocar los pesos.
/// </remarks>
internal static partial class Guard
{
    /// <summary>"[66, 2]": la forma de un tensor.</summary>
    public static string Shape(Tensor t) => $"[{string.Join(", ", t.shape)}]";

    /// <summary>Solo float32 y float64: los tipos en que tiene sentido entrenar estos modelos.</summary>
    public static void FloatingType(ScalarType dtype, string name)
    {
        if (dtype is not (ScalarType.Float32 or ScalarType.Float64))
            Fail(name, $"es {dtype}", "float32 o float64 (torch.float32, torch.float64)");
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
            Fail(name, $"es {device}", "la CPU o una GPU CUDA");
    }

    /// <summary>Un vector [n] no vacío y finito: los pesos o el sesgo iniciales de un modelo.</summary>
    public static void FiniteParameter(Tensor value, string name)
    {
        using var scope = NewDisposeScope();
        if (FirstTrue(value.isfinite().logical_not_().flatten()) is { } index)
        {
            var shown = Format(value.flatten()[index].to(ScalarType.Float64).item<double>());
            throw Error(
                $"{name} (elemento {index})",
                $"vale {shown}",
                "un número finito: los parámetros iniciales no pueden ser NaN ni ∞",
                null,
                name
            );
        }
    }

    /// <summary>x: una matriz [muestras, características] no vacía, del tipo y dispositivo del modelo.</summary>
    public static void Features([NotNull] Tensor? x, long features, ScalarType dtype, Device device, string name = "x")
    {
        NotNull(x, name, "un tensor [muestras, características]");
        if (x.dim() != 2)
            Fail(name, $"tiene forma {Shape(x)}", "una matriz [muestras, características] de 2 dimensiones");
        if (x.shape[0] == 0)
            Fail(name, $"está vacía ({Shape(x)})", "al menos una muestra");
        if (x.shape[1] != features)
            Fail(
                name,
                $"tiene {x.shape[1]} columnas",
                $"una por peso del modelo, que tiene {features} por clase",
                "Cada característica necesita su peso."
            );
        SameTypeAndDevice(x, dtype, device, name);
    }

    /// <summary>Mismo tipo y dispositivo que el modelo; no se convierte en silencio porque copiar X en cada paso cuesta.</summary>
    public static void SameTypeAndDevice(Tensor t, ScalarType dtype, Device device, string name)
    {
        if (t.dtype != dtype)
            Fail(
                name,
                $"es {t.dtype}",
                $"{dtype}, el tipo del modelo",
                $"Conviértelo una vez con {name}.to({dtype}) antes de entrenar."
            );
        if (t.device.type != device.type || t.device.index != device.index)
            Fail(
                name,
                $"está en {t.device}",
                $"{device}, donde está el modelo",
                $"Muévelo una vez con {name}.to(device)."
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
        [NotNull] Tensor? y,
        long samples,
        ScalarType dtype,
        Device device,
        Tensor? scratch = null,
        string name = "y"
    )
    {
        NotNull(y, name, "un vector de etiquetas 0 o 1");
        Samples(y, samples, name);
        SameTypeAndDevice(y, dtype, device, name);
        using var scope = NewDisposeScope();
        // yᵢ(yᵢ − 1) es 0 justo cuando yᵢ es 0 o 1 (un NaN da NaN, un valor enorme da ∞): si todo es 0, no hay más que mirar.
        if (scratch is not null && scratch.copy_(y).sub_(1).mul_(y).abs_().max().ToDouble() == 0)
            return;
        if (FirstTrue(y.ne(0).logical_and_(y.ne(1))) is { } index)
            throw Error(
                $"{name}[{index}]",
                $"vale {Format(y[index].to(ScalarType.Float64).item<double>())}",
                "0 o 1, las etiquetas de la regresión logística",
                null,
                name
            );
    }

    /// <summary>y para la regresión softmax: un vector int64 con una clase de 0 a K − 1 por fila de x.</summary>
    public static void ClassTargets([NotNull] Tensor? y, long samples, long classes, Device device, string name = "y")
    {
        NotNull(y, name, "un vector int64 de clases");
        Samples(y, samples, name);
        if (y.dtype != ScalarType.Int64)
            Fail(
                name,
                $"es {y.dtype}",
                "int64, el tipo de las clases en torch.nn.functional.cross_entropy",
                $"Usa {name}.to(torch.int64)."
            );
        SameTypeAndDevice(y, ScalarType.Int64, device, name);
        using var scope = NewDisposeScope();
        if (FirstTrue(y.lt(0).logical_or_(y.ge(classes))) is { } index)
            FailLabel(y[index].item<long>(), index, classes, name);
    }

    /// <summary>La posición del primer verdadero de un vector de booleanos; null si no hay ninguno.</summary>
    private static long? FirstTrue(Tensor flags) =>
        flags.any().item<bool>() ? flags.nonzero()[0, 0].item<long>() : null;

    private static void Samples(Tensor y, long samples, string name)
    {
        if (y.dim() != 1)
            Fail(name, $"tiene forma {Shape(y)}", "un vector con una etiqueta por muestra");
        if (y.shape[0] != samples)
            Fail(name, $"tiene {y.shape[0]} etiquetas", $"una por fila (muestra) de x, que tiene {samples}");
    }

    /// <summary>El error del primer NaN o ∞ de x, con su fila y su columna; null si x es finita.</summary>
    public static InvalidArgumentException? NonFiniteData(Tensor x)
    {
        using var scope = NewDisposeScope();
        var bad = x.isfinite().logical_not_();
        if (!bad.any().item<bool>())
            return null;
        var at = bad.nonzero()[0];
        long row = at[0].item<long>(),
            column = at[1].item<long>();
        return Error(
            $"x[{row}, {column}]",
            $"vale {Format(x[row, column].to(ScalarType.Float64).item<double>())}",
            "un número finito (ni NaN ni ∞)",
            "Los datos tienen que serlo todos.",
            "x"
        );
    }

    /// <summary>
    /// La pérdida salió NaN o infinita: dice por qué. Si X trae NaN o ∞, es un error de los datos (con la fila y la
    /// columna); si no, los pesos o los logits se desbordaron (InvalidOperationException).
    /// </summary>
    public static Exception ExplainNonFiniteLoss(double loss, Tensor x, params (string Name, Tensor Value)[] parameters)
    {
        if (NonFiniteData(x) is { } dataError)
            return dataError;
        using var scope = NewDisposeScope();
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
