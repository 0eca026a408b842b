using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NotebookKernel.Kernel;

namespace NotebookKernel.Install;

/// <summary>
/// Escribe el kernelspec: <c>kernel.json</c> (cómo lanzar este kernel, su nombre en pantalla, su lenguaje y que
/// se interrumpe por mensaje) y los logotipos, en la carpeta de kernels de Jupyter.
/// </summary>
internal static class KernelSpecInstaller
{
    /// <summary>El nombre del kernelspec (su carpeta) y lo que se pasa a <c>--ExecutePreprocessor.kernel_name</c>.</summary>
    public const string DefaultName = "csharp-redes-neuronales";

    /// <summary>El nombre que ven los usuarios en el selector de kernels.</summary>
    public const string DisplayName = "C# (Redes neuronales)";

    private static readonly string[] Logos = ["logo-32x32.png", "logo-64x64.png"];

    /// <summary>
    /// Instala el kernelspec <paramref name="name"/> en <paramref name="dataDirectory"/>/kernels (sustituye uno
    /// anterior) para lanzar <paramref name="kernelAssembly"/> con <paramref name="dotnetHost"/>. Devuelve su carpeta.
    /// </summary>
    /// <exception cref="ArgumentException">El nombre no es válido o el ensamblado del kernel no existe.</exception>
    public static string Install(string dataDirectory, string name, string dotnetHost, string kernelAssembly)
    {
        if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new ArgumentException(
                $"El nombre del kernel solo puede tener letras ASCII, dígitos, '-', '_' y '.', pero es '{name}'.",
                nameof(name)
            );
        if (!File.Exists(kernelAssembly))
            throw new ArgumentException(
                $"No existe el ensamblado del kernel '{kernelAssembly}'.",
                nameof(kernelAssembly)
            );

        var directory = JupyterPaths.KernelDirectory(dataDirectory, name);
        Directory.CreateDirectory(directory);
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray(dotnetHost, Path.GetFullPath(kernelAssembly), "-f", "{connection_file}"),
            ["display_name"] = DisplayName,
            ["language"] = KernelInfo.LanguageName,
            ["interrupt_mode"] = "message",
            ["env"] = new JsonObject(),
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
        var json = spec.ToJsonString(
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
        );
        WriteAtomically(Path.Combine(directory, "kernel.json"), json);
        foreach (var logo in Logos)
        {
            var source = Path.Combine(AppContext.BaseDirectory, "KernelSpec", logo);
            if (File.Exists(source))
                File.Copy(source, Path.Combine(directory, logo), overwrite: true);
        }
        return directory;
    }

    /// <summary>
    /// El ejecutable <c>dotnet</c> que corre este proceso (ruta absoluta): el kernel se lanza con él aunque el
    /// cliente de Jupyter tenga otro PATH.
    /// </summary>
    public static string CurrentDotnetHost()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } process && Path.GetFileName(process) == exe)
            return process;
        // .../dotnet/shared/Microsoft.NETCore.App/10.0.x/ → .../dotnet/dotnet
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = Path.Combine(root, exe);
        return File.Exists(candidate) ? candidate : exe;
    }

    /// <summary>El ensamblado de este kernel (el que se está ejecutando).</summary>
    public static string CurrentKernelAssembly() => Path.Combine(AppContext.BaseDirectory, "NotebookKernel.dll");

    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
