using System.Security.Cryptography;

namespace TorchNativeLoader;

/// <summary>
/// La copia parcheada de <c>libLibTorchSharp.so</c>: la misma biblioteca con la versión <c>GLIBCXX_3.4.32</c> de
/// libstdc++ marcada como opcional. Se guarda en la caché del usuario y se reutiliza entre procesos.
/// </summary>
/// <remarks>
/// Por qué basta (PLATFORM.md): TorchSharp 0.107 se compiló con GCC 13, que añade a cada fichero que incluye
/// &lt;iostream&gt; una referencia a <c>std::ios_base_library_init</c>, el único símbolo con GLIBCXX_3.4.32. Nada lo
/// llama ni lo enlaza: la referencia solo obliga a tener la libstdc++ nueva. Debian 12 y Ubuntu 22.04 traen hasta la
/// 3.4.30, y sin el parche glibc se niega a cargar la biblioteca entera.
/// </remarks>
internal static class LibTorchSharpPatch
{
    /// <summary>La biblioteca a la que se pide la versión.</summary>
    public const string Library = "libstdc++.so.6";

    /// <summary>La única versión que sabemos marcar como opcional sin riesgo.</summary>
    public const string Version = "GLIBCXX_3.4.32";

    /// <summary>Los símbolos que pueden llevar esa versión para que el parche sea inocuo: ninguno se llama.</summary>
    public static readonly IReadOnlySet<string> HarmlessSymbols = new HashSet<string>(StringComparer.Ordinal)
    {
        "_ZSt21ios_base_library_initv",
    }; // std::ios_base_library_init()

    /// <summary>Carpeta de caché por defecto: <c>$XDG_CACHE_HOME/intronn/libtorchsharp</c> o <c>~/.cache/intronn/libtorchsharp</c>.</summary>
    public static string DefaultCacheFolder =>
        Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "intronn",
            "libtorchsharp"
        );

    /// <summary>
    /// Devuelve la ruta de la copia parcheada de <paramref name="original"/>, creándola si no existe. La subcarpeta es
    /// el SHA-256 del original, así que otra versión de TorchSharp tiene su propia copia. Escritura atómica: fichero
    /// temporal en la misma carpeta y renombrado, de modo que otro proceso nunca ve una copia a medias.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// La biblioteca usa la versión para algún símbolo que no sabemos inocuo: marcarla opcional sería peligroso.
    /// </exception>
    public static string GetOrCreate(string original, string cacheFolder)
    {
        var bytes = File.ReadAllBytes(original);
        var key = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        var folder = Path.Combine(cacheFolder, key);
        var target = Path.Combine(folder, Path.GetFileName(original));
        if (File.Exists(target))
            return target;

        Patch(bytes);
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(
            folder,
            $"{Path.GetFileName(original)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"
        );
        try
        {
            File.WriteAllBytes(temporary, bytes);
            if (!OperatingSystem.IsWindows()) // solo se llega aquí en Linux; la guarda es para el analizador
                File.SetUnixFileMode(
                    temporary,
                    UnixFileMode.UserRead
                        | UnixFileMode.UserWrite
                        | UnixFileMode.UserExecute
                        | UnixFileMode.GroupRead
                        | UnixFileMode.GroupExecute
                        | UnixFileMode.OtherRead
                        | UnixFileMode.OtherExecute
                );
            // rename(2) reemplaza de forma atómica; si otro proceso ganó la carrera, su copia es idéntica a esta.
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return target;
    }

    /// <summary>Marca <see cref="Version"/> como opcional en la imagen, tras comprobar que solo la usan símbolos inocuos.</summary>
    public static void Patch(Span<byte> image)
    {
        var need =
            ElfSymbolVersions.ReadNeeds(image).FirstOrDefault(n => n.Library == Library && n.Version == Version)
            ?? throw new InvalidOperationException(
                $"libLibTorchSharp.so no pide {Version} a {Library}: no hay nada que parchear."
            );
        var users = ElfSymbolVersions.SymbolsUsing(image, need.Index);
        var risky = users.Where(symbol => !HarmlessSymbols.Contains(symbol)).ToList();
        if (risky.Count > 0)
            throw new InvalidOperationException(
                $"libLibTorchSharp.so usa {Version} para {string.Join(", ", risky)}, no solo para std::ios_base_library_init: "
                    + "marcar esa versión como opcional no es seguro. Usa un sistema con libstdc++ de GCC 13 o posterior "
                    + "(por ejemplo, el devcontainer del repositorio)."
            );
        ElfSymbolVersions.MarkWeak(image, Library, Version);
    }
}
