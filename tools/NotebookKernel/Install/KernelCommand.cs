using System.Runtime.InteropServices;

namespace NotebookKernel.Install;

/// <summary>
/// Cómo se lanza este kernel, para escribirlo en <c>kernel.json</c>: la orden (sin <c>-f {connection_file}</c>) y
/// las variables de entorno que necesita.
/// </summary>
/// <param name="Arguments">
/// La orden de la herramienta .NET (<c>~/.dotnet/tools/csharp-kernel</c>) si se instaló así; si no,
/// <c>dotnet</c> y el ensamblado del kernel.
/// </param>
/// <param name="Environment">Variables para el proceso del kernel (<c>DOTNET_ROOT</c> cuando hace falta).</param>
/// <param name="BuildFolder">
/// La carpeta de compilación de una copia de trabajo (<c>bin/…</c>) de la que depende la orden, o <c>null</c> si es
/// la de una herramienta instalada.
/// </param>
internal sealed record KernelCommand(
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string? BuildFolder
)
{
    /// <summary>El nombre de la orden de la herramienta .NET (<c>ToolCommandName</c> del proyecto).</summary>
    public const string ToolCommand = "csharp-kernel";

    /// <summary>El ensamblado del kernel, que también delata los kernelspecs que instalaron versiones anteriores.</summary>
    public const string AssemblyFileName = "NotebookKernel.dll";

    /// <summary>La orden que lanza este mismo proceso del kernel.</summary>
    public static KernelCommand Current()
    {
        var folder = AppContext.BaseDirectory;
        var buildFolder = IsToolStore(folder) ? null : Path.TrimEndingDirectorySeparator(folder);
        // Lanzado por su propio ejecutable (la orden de la herramienta, o bin/…/NotebookKernel): se lanza igual. El
        // ejecutable busca el runtime de .NET; DOTNET_ROOT se lo dice aunque el cliente de Jupyter tenga otro entorno.
        if (System.Environment.ProcessPath is { } process && !IsDotnetHost(process))
            return new KernelCommand(
                [process],
                new Dictionary<string, string> { ["DOTNET_ROOT"] = DotnetRoot() },
                buildFolder
            );
        return new KernelCommand(
            [DotnetHost(), Path.Combine(folder, AssemblyFileName)],
            new Dictionary<string, string>(),
            buildFolder
        );
    }

    // Un paquete de herramienta .NET lleva el programa en tools/net10.0/any/, y así queda al instalarlo: en
    // .store/<id>/<versión>/… (global o con --tool-path) o en la caché de NuGet (local, «dotnet tool run»).
    private static bool IsToolStore(string folder)
    {
        var separator = Path.DirectorySeparatorChar;
        return folder.Contains(
            $"{separator}tools{separator}net10.0{separator}any{separator}",
            StringComparison.Ordinal
        );
    }

    private static bool IsDotnetHost(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase);

    // .../dotnet/shared/Microsoft.NETCore.App/10.0.x/ → .../dotnet
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>
    /// El ejecutable <c>dotnet</c> que corre este proceso (ruta absoluta): el kernel se lanza con él aunque el
    /// cliente de Jupyter tenga otro PATH.
    /// </summary>
    private static string DotnetHost()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (System.Environment.ProcessPath is { } process && Path.GetFileName(process) == exe)
            return process;
        var candidate = Path.Combine(DotnetRoot(), exe);
        return File.Exists(candidate) ? candidate : exe;
    }
}
