using TorchSharp;

namespace TorchNativeLoader.Tests;

/// <summary>Lo que comparten las pruebas del cargador: dónde están las bibliotecas nativas y la libstdc++ cargada.</summary>
internal static class TestNatives
{
    /// <summary>Las bibliotecas nativas que ve el proceso de pruebas.</summary>
    public static TorchNativeFiles Files =>
        TorchNativeFiles.Find(typeof(torch).Assembly, out var looked)
        ?? throw new InvalidOperationException(
            "Faltan las bibliotecas nativas; busqué en " + string.Join(", ", looked)
        );

    /// <summary>La libstdc++ cargada en este proceso (libtorch la arrastra).</summary>
    public static string LoadedLibStdCxx()
    {
        TorchNative.EnsureLoaded();
        return File.ReadLines("/proc/self/maps")
            .Select(line => line.IndexOf('/') is var slash and >= 0 ? line[slash..] : "")
            .First(path => Path.GetFileName(path).StartsWith("libstdc++.so", StringComparison.Ordinal));
    }
}
