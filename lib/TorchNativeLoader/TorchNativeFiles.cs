using System.Reflection;

namespace TorchNativeLoader;

/// <summary>
/// Dónde están las dos bibliotecas nativas que importan en Linux x64: <c>libLibTorchSharp.so</c> (paquete
/// <c>TorchSharp</c>) y <c>libtorch.so</c> (paquete <c>libtorch-cpu-linux-x64</c>, que arrastra libtorch_cpu y libc10).
/// </summary>
/// <param name="LibTorchSharp">Ruta completa de <c>libLibTorchSharp.so</c>.</param>
/// <param name="LibTorch">Ruta completa de <c>libtorch.so</c>.</param>
/// <param name="InAppFolder">
/// Si <c>libLibTorchSharp.so</c> está donde TorchSharp la busca por sí solo (junto a TorchSharp.dll o en las carpetas
/// nativas de la aplicación); si no, viene de la carpeta de paquetes NuGet y hay que indicársela.
/// </param>
internal sealed record TorchNativeFiles(string LibTorchSharp, string LibTorch, bool InAppFolder)
{
    /// <summary>Versión del paquete <c>libtorch-cpu-linux-x64</c>; la misma que fija Directory.Packages.props.</summary>
    public const string LibTorchVersion = "2.10.0";

    private const string NativeSubfolder = "runtimes/linux-x64/native";

    /// <summary>
    /// Busca las dos bibliotecas, primero en la salida de la aplicación y después en las carpetas de paquetes NuGet
    /// (el ejecutor de cuadernos referencia los paquetes en su sitio, sin copiarlos).
    /// </summary>
    /// <returns>Las rutas, o <c>null</c> si falta alguna (y en <paramref name="looked"/>, dónde se buscó).</returns>
    public static TorchNativeFiles? Find(Assembly torchSharp, out IReadOnlyList<string> looked)
    {
        var torchSharpDir = Path.GetDirectoryName(torchSharp.Location) ?? AppContext.BaseDirectory;
        var appDirs = AppNativeFolders(torchSharpDir).ToList();

        // …/torchsharp/0.107.0/lib/net8.0/TorchSharp.dll → …/torchsharp/0.107.0/runtimes/linux-x64/native
        var packageDirs = new List<string>
        {
            Path.GetFullPath(Path.Combine(torchSharpDir, "..", "..", NativeSubfolder)),
        };
        packageDirs.AddRange(
            PackageRoots(torchSharpDir)
                .Select(root => Path.Combine(root, "libtorch-cpu-linux-x64", LibTorchVersion, NativeSubfolder))
        );

        var all = appDirs.Concat(packageDirs).Distinct().ToList();
        looked = all;
        var libTorchSharp = FirstExisting(appDirs, "libLibTorchSharp.so");
        var inApp = libTorchSharp is not null;
        libTorchSharp ??= FirstExisting(packageDirs, "libLibTorchSharp.so");
        var libTorch = FirstExisting(all, "libtorch.so");
        return libTorchSharp is null || libTorch is null ? null : new TorchNativeFiles(libTorchSharp, libTorch, inApp);
    }

    /// <summary>Junto a TorchSharp.dll, su subcarpeta runtimes/linux-x64/native y las carpetas nativas de deps.json.</summary>
    private static IEnumerable<string> AppNativeFolders(string torchSharpDir)
    {
        yield return torchSharpDir;
        yield return Path.Combine(torchSharpDir, NativeSubfolder);
        // El host de .NET pasa aquí las carpetas nativas que lista el deps.json de la aplicación.
        if (AppContext.GetData("NATIVE_DLL_SEARCH_DIRECTORIES") is string dirs)
            foreach (var dir in dirs.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                yield return Path.TrimEndingDirectorySeparator(dir);
    }

    /// <summary>Carpetas de paquetes NuGet candidatas: NUGET_PACKAGES, ~/.nuget/packages y la que contiene TorchSharp.dll.</summary>
    private static IEnumerable<string> PackageRoots(string torchSharpDir)
    {
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } fromEnvironment)
            yield return fromEnvironment;
        yield return Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            ".nuget",
            "packages"
        );
        yield return Path.GetFullPath(Path.Combine(torchSharpDir, "..", "..", "..", ".."));
    }

    private static string? FirstExisting(IEnumerable<string> dirs, string fileName) =>
        dirs.Select(dir => Path.Combine(dir, fileName)).FirstOrDefault(File.Exists);
}
