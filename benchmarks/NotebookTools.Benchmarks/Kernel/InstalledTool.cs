using System.Diagnostics;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// El kernel instalado como lo instala un usuario: el paquete de <c>dotnet pack tools/NotebookKernel</c> instalado con
/// <c>dotnet tool install --tool-path</c> en una carpeta temporal (con su propia caché de NuGet), y su orden
/// <c>csharp-kernel</c>. Con la variable <c>CSHARP_KERNEL_COMMAND</c>, la orden de una instalación que ya existe.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly string? _folder;

    private InstalledTool(string command, string? folder)
    {
        Command = command;
        _folder = folder;
    }

    /// <summary>La orden que lanza el kernel (<c>…/csharp-kernel</c>).</summary>
    public string Command { get; }

    /// <summary>Empaqueta e instala la herramienta (unos 30 s), o toma la de <c>CSHARP_KERNEL_COMMAND</c>.</summary>
    public static InstalledTool PackAndInstall()
    {
        if (Environment.GetEnvironmentVariable("CSHARP_KERNEL_COMMAND") is { Length: > 0 } existing)
            return new InstalledTool(existing, folder: null);
        var folder = Directory.CreateTempSubdirectory("csharp-kernel-tool-").FullName;
        var packages = Path.Combine(folder, "paquete");
        var tools = Path.Combine(folder, "herramientas");
        Dotnet(
            folder,
            "pack",
            Path.Combine(RepositoryPaths.Root, "tools", "NotebookKernel"),
            "-c",
            "Release",
            "-o",
            packages
        );
        Dotnet(
            folder,
            "tool",
            "install",
            "RedesNeuronales.CSharpKernel",
            "--tool-path",
            tools,
            "--add-source",
            packages
        );
        return new InstalledTool(Path.Combine(tools, "csharp-kernel"), folder);
    }

    private static void Dotnet(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Una versión del mismo número ya en la caché del usuario no debe tomarse por la recién empaquetada.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(folder, "nuget");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"dotnet {string.Join(' ', arguments)} falló ({process.ExitCode}):\n{output.Result}\n{errors}"
            );
    }

    public void Dispose()
    {
        if (_folder is not null)
            Directory.Delete(_folder, recursive: true);
    }
}
