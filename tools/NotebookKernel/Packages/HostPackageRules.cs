using System.Runtime.InteropServices;
using NotebookEngine.Packages;

namespace NotebookKernel.Packages;

/// <summary>
/// Las reglas de paquetes que este anfitrión da al motor para que un cuaderno escrito para Polyglot funcione aquí:
/// <list type="bullet">
/// <item><c>Plotly.NET.Interactive</c> (no está en nuestro feed) no se restaura: los gráficos los formatea el motor.</item>
/// <item><c>TorchSharp-cpu</c> se cambia por los paquetes de la plataforma y el backend elegidos.</item>
/// </list>
/// </summary>
public static class HostPackageRules
{
    /// <summary>Variable de entorno que elige el backend de TorchSharp: <c>cpu</c>, <c>cuda</c> o <c>auto</c>.</summary>
    public const string TorchBackendVariable = "NOTEBOOK_TORCH_BACKEND";

    /// <summary>Paquete CUDA para Linux que sustituye a TorchSharp-cpu con <see cref="TorchBackend.Cuda"/>.</summary>
    public const string TorchSharpCudaLinux = "TorchSharp-cuda-linux";

    /// <summary>Paquete CUDA para Windows que sustituye a TorchSharp-cpu con <see cref="TorchBackend.Cuda"/>.</summary>
    public const string TorchSharpCudaWindows = "TorchSharp-cuda-windows";

    // Versión de libtorch que acompaña a cada versión de TorchSharp (la dependencia de TorchSharp-cpu en su .nuspec).
    // Una versión que no esté aquí se restaura tal cual, sin adelgazar.
    private static readonly Dictionary<string, string> LibTorchVersions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["0.107.0"] = "2.10.0",
    };

    /// <summary>Las reglas para <paramref name="backend"/> en la plataforma <paramref name="runtimeIdentifier"/>.</summary>
    public static IReadOnlyList<PackageRule> For(TorchBackend backend, string runtimeIdentifier)
    {
        List<PackageRule> rules =
        [
            new("Plotly.NET.Interactive", null, [], "no hace falta: el motor dibuja los gráficos Plotly por su cuenta"),
        ];
        if (Resolve(backend) == TorchBackend.Cuda)
        {
            var cuda = RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                ? TorchSharpCudaWindows
                : TorchSharpCudaLinux;
            rules.Add(
                new("TorchSharp-cpu", null, [new PackageRequest(cuda, null)], "backend CUDA")
                {
                    RestoreFailureHint =
                        $"El backend CUDA usa los paquetes {TorchSharpCudaLinux} (Linux) o {TorchSharpCudaWindows} "
                        + "(Windows), de la misma versión que TorchSharp-cpu; tienen que estar en las fuentes NuGet "
                        + $"configuradas. Para usar la CPU: {TorchBackendVariable}=cpu.",
                }
            );
        }
        else if (runtimeIdentifier == "linux-x64")
        {
            rules.AddRange(
                LibTorchVersions.Select(pair => new PackageRule(
                    "TorchSharp-cpu",
                    pair.Key,
                    [new("TorchSharp", pair.Key), new("libtorch-cpu-linux-x64", pair.Value)],
                    "solo la libtorch de Linux"
                ))
            );
        }
        return rules;
    }

    /// <summary>Lee <see cref="TorchBackendVariable"/>; CPU si no está definida.</summary>
    /// <exception cref="ArgumentException">Si la variable tiene un valor que no es cpu, cuda ni auto.</exception>
    public static TorchBackend TorchBackendFromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(TorchBackendVariable);
        return string.IsNullOrWhiteSpace(value) ? TorchBackend.Cpu : ParseTorchBackend(value, TorchBackendVariable);
    }

    /// <summary>Convierte <c>cpu</c>, <c>cuda</c> (o <c>gpu</c>) o <c>auto</c>, sin distinguir mayúsculas.</summary>
    /// <exception cref="ArgumentException">Si el texto no es ninguno de ellos.</exception>
    public static TorchBackend ParseTorchBackend(string value, string argumentName) =>
        value.Trim().ToLowerInvariant() switch
        {
            "cpu" => TorchBackend.Cpu,
            "cuda" or "gpu" => TorchBackend.Cuda,
            "auto" => TorchBackend.Auto,
            // Sin paramName: el mensaje ya lo nombra, y así no se le añade «(Parameter '…')» en inglés.
            _ => throw new ArgumentException($"{argumentName} vale '{value}', pero se esperaba cpu, cuda o auto."),
        };

    /// <summary>Convierte <see cref="TorchBackend.Auto"/> en CPU o CUDA según haya o no un controlador NVIDIA.</summary>
    public static TorchBackend Resolve(TorchBackend backend) =>
        backend != TorchBackend.Auto ? backend
        : Directory.Exists("/proc/driver/nvidia") || File.Exists("/dev/nvidia0") ? TorchBackend.Cuda
        : TorchBackend.Cpu;
}
