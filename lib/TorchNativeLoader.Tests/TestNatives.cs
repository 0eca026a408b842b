using System.Runtime.CompilerServices;
using TorchSharp;

namespace TorchNativeLoader.Tests;

/// <summary>Lo que comparten las pruebas de TorchSharp: cargar las bibliotecas nativas antes que nadie y encontrarlas.</summary>
internal static class TestNatives
{
    /// <summary>
    /// Se ejecuta al cargar el ensamblado de pruebas, antes de cualquier prueba: así ninguna toca <c>torch</c> antes de
    /// que <see cref="TorchNative.EnsureLoaded"/> prepare las bibliotecas. Si falla, cada prueba de TorchSharp lo
    /// volverá a intentar y mostrará el error.
    /// </summary>
    [ModuleInitializer]
    internal static void LoadTorchFirst()
    {
        try
        {
            TorchNative.EnsureLoaded();
        }
        catch (InvalidOperationException) { }
    }

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
