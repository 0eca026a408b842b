using System.Runtime.InteropServices;

namespace NotebookEngine.Packages;

/// <summary>
/// Cambios que el motor hace a los paquetes pedidos para que un cuaderno escrito para Polyglot funcione aquí:
/// <list type="bullet">
/// <item><c>Plotly.NET.Interactive</c> (no está en nuestro feed) no se restaura: los gráficos los formatea el motor.</item>
/// <item><c>TorchSharp-cpu</c> se cambia por los paquetes de la plataforma y el backend elegidos.</item>
/// </list>
/// </summary>
internal static class PackageSubstitutions
{
    /// <summary>Paquete de integración con .NET Interactive que el formateador de gráficos del motor reemplaza.</summary>
    public const string PlotlyInteractive = "Plotly.NET.Interactive";

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

    /// <summary>Aplica los cambios. Lo que se dejó de restaurar o se cambió se cuenta en <paramref name="notes"/>.</summary>
    public static IReadOnlyList<PackageRequest> Apply(
        IEnumerable<PackageRequest> requested,
        TorchBackend backend,
        string runtimeIdentifier,
        List<string> notes
    )
    {
        var result = new List<PackageRequest>();
        foreach (var package in requested)
        {
            if (package.Name.Equals(PlotlyInteractive, StringComparison.OrdinalIgnoreCase))
            {
                notes.Add($"{package}: no hace falta, el motor dibuja los gráficos Plotly por su cuenta.");
                continue;
            }
            if (package.Name.Equals("TorchSharp-cpu", StringComparison.OrdinalIgnoreCase))
            {
                result.AddRange(SwapTorchSharp(package, Resolve(backend), runtimeIdentifier, notes));
                continue;
            }
            result.Add(package);
        }
        return result;
    }

    /// <summary>Convierte <see cref="TorchBackend.Auto"/> en CPU o CUDA según haya o no un controlador NVIDIA.</summary>
    public static TorchBackend Resolve(TorchBackend backend) =>
        backend != TorchBackend.Auto ? backend
        : Directory.Exists("/proc/driver/nvidia") || File.Exists("/dev/nvidia0") ? TorchBackend.Cuda
        : TorchBackend.Cpu;

    private static IEnumerable<PackageRequest> SwapTorchSharp(
        PackageRequest package,
        TorchBackend backend,
        string runtimeIdentifier,
        List<string> notes
    )
    {
        if (backend == TorchBackend.Cuda)
        {
            var cuda = RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                ? TorchSharpCudaWindows
                : TorchSharpCudaLinux;
            notes.Add($"{package} → {cuda} {package.Version} (backend CUDA).");
            return [new PackageRequest(cuda, package.Version)];
        }
        if (
            runtimeIdentifier == "linux-x64"
            && package.Version is { } version
            && LibTorchVersions.TryGetValue(version, out var libTorch)
        )
        {
            notes.Add(
                $"{package} → TorchSharp {version} + libtorch-cpu-linux-x64 {libTorch} (solo la libtorch de Linux)."
            );
            return [new PackageRequest("TorchSharp", version), new PackageRequest("libtorch-cpu-linux-x64", libTorch)];
        }
        return [package];
    }
}
