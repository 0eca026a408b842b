using System.Reflection;
using System.Runtime.InteropServices;

namespace TorchNativeLoader;

/// <summary>
/// Prepara las bibliotecas nativas de TorchSharp antes de su primer uso. Llámalo una vez, antes de tocar
/// <c>torch</c> (los cuadernos lo hacen en su celda de dispositivo a través de <c>IntroNN.Torch.TorchDevices.Select()</c>).
/// </summary>
/// <remarks>
/// <para>Dos problemas que resuelve, ambos en Linux x64 (en otros sistemas no hace nada):</para>
/// <para>1. En Debian 12 y Ubuntu 22.04, <c>libLibTorchSharp.so</c> no carga: pide <c>GLIBCXX_3.4.32</c> y la
/// libstdc++ del sistema llega a la 3.4.30. Entonces TorchSharp dice, por error, que falta el paquete libtorch y copia
/// unos 600 MB de bibliotecas junto a TorchSharp.dll. Aquí se carga en su lugar una copia de 2,4 MB con esa versión
/// marcada como opcional (<see cref="LibTorchSharpPatch"/>). Si la libstdc++ ya la tiene, no se copia ni parchea nada.</para>
/// <para>2. Cuando TorchSharp.dll se carga desde la carpeta de paquetes NuGet (el ejecutor de cuadernos), las
/// bibliotecas nativas no están junto a ella; se le indica dónde están en lugar de dejar que las copie.</para>
/// <para>Cómo: carga <c>libtorch.so</c> por su ruta (arrastra libtorch_cpu, libc10 y libstdc++), compara las versiones
/// que pide <c>libLibTorchSharp.so</c> con las que define la libstdc++ cargada, y registra con
/// <see cref="NativeLibrary.SetDllImportResolver"/> que «LibTorchSharp» es la biblioteca elegida. Idempotente y seguro
/// entre hilos.</para>
/// </remarks>
public static class TorchNative
{
    private static readonly Lock Gate = new();
    private static bool ready;
    private static string? note;
    private static IntPtr libTorchSharpHandle;

    /// <summary>
    /// Deja TorchSharp listo para cargar. Las llamadas siguientes no hacen nada y devuelven lo mismo.
    /// </summary>
    /// <returns>
    /// Una línea en español si tuvo que parchear la biblioteca (dice qué hizo y por qué), o <c>null</c> si no hizo falta.
    /// </returns>
    /// <exception cref="InvalidOperationException">
    /// Faltan las bibliotecas nativas (no se referenció libtorch-cpu-linux-x64), no cargan, o a la libstdc++ del
    /// sistema le falta más de lo que se puede parchear sin riesgo. El mensaje dice qué hacer.
    /// </exception>
    public static string? EnsureLoaded()
    {
        lock (Gate)
        {
            if (!ready)
            {
                note = Prepare();
                ready = true; // solo si no lanzó: tras un fallo, la siguiente llamada lo vuelve a intentar
            }
            return note;
        }
    }

    private static string? Prepare()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
            return null;
        if (LoadedLibraries().Any(path => Path.GetFileName(path) == "libLibTorchSharp.so"))
            return null; // TorchSharp ya arrancó en este proceso: llega tarde, pero funcionó

        // typeof no ejecuta el constructor estático de torch, que es quien intenta cargar las bibliotecas.
        var torchSharp = typeof(TorchSharp.torch).Assembly;
        var files =
            TorchNativeFiles.Find(torchSharp, out var looked)
            ?? throw new InvalidOperationException(
                "No encuentro libLibTorchSharp.so y libtorch.so para Linux x64. Referencia los paquetes TorchSharp y "
                    + $"libtorch-cpu-linux-x64 {TorchNativeFiles.LibTorchVersion} (en un cuaderno: "
                    + $"#r \"nuget: libtorch-cpu-linux-x64, {TorchNativeFiles.LibTorchVersion}\"). Busqué en: "
                    + string.Join(", ", looked)
            );

        LoadOrExplain(files.LibTorch);
        var missing = MissingStdCxxVersions(files.LibTorchSharp);
        if (missing.Count == 0)
        {
            if (!files.InAppFolder)
                UseForTorchSharp(torchSharp, files.LibTorchSharp);
            return null;
        }
        if (missing is not [LibTorchSharpPatch.Version])
            throw new InvalidOperationException(
                $"{Path.GetFileName(files.LibTorchSharp)} necesita de {LibTorchSharpPatch.Library} las versiones "
                    + $"{string.Join(", ", missing)}, que la libstdc++ de este sistema no tiene, y solo "
                    + $"{LibTorchSharpPatch.Version} se puede marcar como opcional sin riesgo. Usa un sistema con libstdc++ "
                    + "de GCC 13 o posterior (por ejemplo, el devcontainer del repositorio)."
            );

        string patched;
        try
        {
            patched = LibTorchSharpPatch.GetOrCreate(files.LibTorchSharp, LibTorchSharpPatch.DefaultCacheFolder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Sin caché escribible (HOME de solo lectura en algunos contenedores): la carpeta temporal del sistema.
            patched = LibTorchSharpPatch.GetOrCreate(
                files.LibTorchSharp,
                Path.Combine(Path.GetTempPath(), $"intronn-{Environment.UserName}", "libtorchsharp")
            );
        }
        UseForTorchSharp(torchSharp, patched);
        return $"TorchSharp: la libstdc++ de este sistema no tiene {LibTorchSharpPatch.Version}, así que cargo una copia de "
            + $"libLibTorchSharp.so con esa versión marcada como opcional (solo la usa std::ios_base_library_init): {patched}";
    }

    /// <summary>Las versiones de libstdc++ que pide la biblioteca y que la libstdc++ cargada en el proceso no define.</summary>
    private static List<string> MissingStdCxxVersions(string libTorchSharp)
    {
        var stdCxx = LoadedLibraries()
            .FirstOrDefault(path => Path.GetFileName(path).StartsWith("libstdc++.so", StringComparison.Ordinal));
        if (stdCxx is null)
            return []; // no hay libstdc++ dinámica que comparar: que lo intente TorchSharp tal cual
        var defined = ElfSymbolVersions.ReadDefinitions(File.ReadAllBytes(stdCxx));
        return ElfSymbolVersions
            .ReadNeeds(File.ReadAllBytes(libTorchSharp))
            .Where(need =>
                need.Library == LibTorchSharpPatch.Library && !need.IsWeak && !defined.Contains(need.Version)
            )
            .Select(need => need.Version)
            .ToList();
    }

    /// <summary>Carga la biblioteca elegida y hace que TorchSharp la use como «LibTorchSharp».</summary>
    private static void UseForTorchSharp(Assembly torchSharp, string path)
    {
        libTorchSharpHandle = LoadOrExplain(path);
        try
        {
            NativeLibrary.SetDllImportResolver(
                torchSharp,
                (name, _, _) => name == "LibTorchSharp" ? libTorchSharpHandle : IntPtr.Zero
            );
        }
        catch (InvalidOperationException)
        {
            // Otro código ya registró su resolutor para TorchSharp. Aun así funciona: la copia ya está cargada y su
            // SONAME es libLibTorchSharp.so, de modo que glibc la devuelve cuando TorchSharp pide ese nombre.
        }
    }

    private static IntPtr LoadOrExplain(string path)
    {
        try
        {
            return NativeLibrary.Load(path);
        }
        catch (DllNotFoundException error)
        {
            throw new InvalidOperationException(
                $"No se pudo cargar {path}. El cargador dinámico dice: {error.Message}",
                error
            );
        }
    }

    /// <summary>Las rutas de las bibliotecas cargadas en este proceso, según /proc/self/maps.</summary>
    private static IEnumerable<string> LoadedLibraries() =>
        File.ReadLines("/proc/self/maps")
            .Select(line => line.IndexOf('/') is var slash and >= 0 ? line[slash..] : null)
            .OfType<string>()
            .Distinct();
}
