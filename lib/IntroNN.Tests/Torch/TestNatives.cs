using System.Runtime.CompilerServices;
using TorchNativeLoader;

namespace IntroNN.Tests.Torch;

/// <summary>Cargar las bibliotecas nativas de TorchSharp antes que ninguna prueba.</summary>
internal static class TestNatives
{
    /// <summary>
    /// Se ejecuta al cargar el ensamblado de pruebas, antes de cualquier prueba: así ninguna toca <c>torch</c> antes de
    /// que <see cref="TorchNative.EnsureLoaded"/> prepare las bibliotecas (sus propias pruebas están en
    /// lib/TorchNativeLoader.Tests). Si falla, cada prueba de TorchSharp lo volverá a intentar y mostrará el error.
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
}
