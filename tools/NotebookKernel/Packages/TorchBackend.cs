namespace NotebookKernel.Packages;

/// <summary>Qué paquetes de TorchSharp se restauran cuando un cuaderno pide <c>#r "nuget: TorchSharp-cpu, X"</c>.</summary>
public enum TorchBackend
{
    /// <summary>CUDA si la máquina tiene una GPU NVIDIA (existe <c>/proc/driver/nvidia</c>), CPU si no.</summary>
    Auto,

    /// <summary>
    /// CPU. En Linux x64, <c>TorchSharp-cpu</c> se cambia por <c>TorchSharp</c> + <c>libtorch-cpu-linux-x64</c>
    /// (0,5 GB en vez de 1,3 GB: solo la libtorch de Linux).
    /// </summary>
    Cpu,

    /// <summary>
    /// CUDA. <c>TorchSharp-cpu</c> se cambia por <c>TorchSharp-cuda-linux</c> (o <c>TorchSharp-cuda-windows</c>) de la
    /// misma versión, que trae la libtorch con CUDA.
    /// </summary>
    Cuda,
}
