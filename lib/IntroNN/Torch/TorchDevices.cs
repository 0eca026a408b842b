using TorchNativeLoader;
using TorchSharp;

namespace IntroNN.Torch;

/// <summary>
/// Elige dónde corre TorchSharp: CUDA si <c>torch.cuda.is_available()</c>, si no la CPU; la variable de entorno
/// <see cref="EnvironmentVariable"/> (<c>cpu</c>, <c>cuda</c> o <c>cuda:N</c>) lo fuerza. Capítulo 4, celda «Dispositivo».
/// </summary>
public static class TorchDevices
{
    /// <summary>La variable de entorno que fuerza el dispositivo: <c>INTRONN_DEVICE=cpu|cuda|cuda:N</c>.</summary>
    public const string EnvironmentVariable = "INTRONN_DEVICE";

    /// <summary>
    /// Prepara TorchSharp (<see cref="TorchNative.EnsureLoaded"/>) y elige el dispositivo, con una frase que dice cuál
    /// y por qué. Si la variable pide CUDA y no hay, lanza: pedir una GPU y correr en la CPU sin avisar confundiría.
    /// </summary>
    /// <example>
    /// La celda «Dispositivo» de los cuadernos:
    /// <code>
    /// var choice = TorchDevices.Select();
    /// Console.WriteLine(choice); // «Usando CPU: torch.cuda.is_available() es falso (…)»
    /// var device = choice.Device;
    /// </code>
    /// </example>
    /// <exception cref="ArgumentException">La variable tiene un valor que no es cpu, cuda ni cuda:N.</exception>
    /// <exception cref="InvalidOperationException">La variable pide CUDA y no hay, o TorchSharp no carga.</exception>
    public static DeviceChoice Select() => Select(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Como <see cref="Select()"/>, con la petición dada en lugar de la variable de entorno (<c>null</c>: automático).</summary>
    public static DeviceChoice Select(string? request)
    {
        var note = TorchNative.EnsureLoaded();
        var wanted = request?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(wanted))
            return torch.cuda.is_available()
                ? new DeviceChoice(
                    torch.CUDA,
                    $"Usando CUDA (cuda:0 de {torch.cuda.device_count()} GPU): torch.cuda.is_available() es verdadero.",
                    note
                )
                : new DeviceChoice(
                    torch.CPU,
                    "Usando CPU: torch.cuda.is_available() es falso (este paquete de TorchSharp no trae CUDA o no hay GPU).",
                    note
                );

        var source = $"lo pide {EnvironmentVariable}={request}";
        if (wanted == "cpu")
            return new DeviceChoice(torch.CPU, $"Usando CPU: {source}.", note);
        if (
            wanted == "cuda"
            || (wanted.StartsWith("cuda:", StringComparison.Ordinal) && int.TryParse(wanted[5..], out _))
        )
        {
            var index = wanted == "cuda" ? 0 : int.Parse(wanted[5..]);
            if (!torch.cuda.is_available())
                throw new InvalidOperationException(
                    $"{EnvironmentVariable}={request} pide CUDA, pero torch.cuda.is_available() es falso: este paquete de "
                        + $"TorchSharp (libtorch-cpu) no trae CUDA o no hay GPU. Quita la variable o pon {EnvironmentVariable}=cpu."
                );
            var count = torch.cuda.device_count();
            if (index < 0 || index >= count)
                throw new InvalidOperationException(
                    $"{EnvironmentVariable}={request} pide la GPU {index}, pero hay {count} (de 0 a {count - 1})."
                );
            return new DeviceChoice(
                torch.device(DeviceType.CUDA, index),
                $"Usando CUDA (cuda:{index}): {source}.",
                note
            );
        }
        throw Guard.Error(
            EnvironmentVariable,
            $"vale «{request}»",
            "cpu, cuda o cuda:N (o nada, para elegir solo)",
            null,
            nameof(request)
        );
    }

    /// <summary>Todos los dispositivos disponibles: la CPU y cada GPU CUDA. Las pruebas corren en cada uno.</summary>
    public static IReadOnlyList<torch.Device> Available()
    {
        TorchNative.EnsureLoaded();
        var devices = new List<torch.Device> { torch.CPU };
        if (torch.cuda.is_available())
            for (var i = 0; i < torch.cuda.device_count(); i++)
                devices.Add(torch.device(DeviceType.CUDA, i));
        return devices;
    }
}

/// <summary>El dispositivo elegido y por qué.</summary>
/// <param name="Device">Dónde crear los tensores.</param>
/// <param name="Reason">Una frase: qué dispositivo y por qué.</param>
/// <param name="NativeNote">La línea de <see cref="TorchNative.EnsureLoaded"/> si tuvo que actuar; si no, <c>null</c>.</param>
public sealed record DeviceChoice(torch.Device Device, string Reason, string? NativeNote)
{
    /// <summary>Lo que imprime la celda de dispositivo: la nota del cargador, si la hay, y la frase.</summary>
    public override string ToString() => NativeNote is null ? Reason : $"{NativeNote}{Environment.NewLine}{Reason}";
}
