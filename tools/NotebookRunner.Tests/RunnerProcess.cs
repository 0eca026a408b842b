using System.Diagnostics;

namespace NotebookRunner.Tests;

/// <summary>
/// El ejecutor de verdad, como proceso aparte (<c>dotnet NotebookRunner.dll ...</c> desde la carpeta de las pruebas,
/// donde están también el kernel y sus dependencias): lo que ve quien lo usa desde la terminal.
/// </summary>
internal static class RunnerProcess
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>El código de salida y todo lo que escribió (salida y error juntos).</summary>
    public static (int ExitCode, string Output) Run(params string[] arguments) =>
        RunProgram("NotebookRunner.dll", arguments);

    /// <summary>Lo mismo con otra orden de la carpeta de las pruebas (p. ej. <c>Start.dll</c>, la del README).</summary>
    public static (int ExitCode, string Output) RunProgram(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} no terminó en {Timeout.TotalMinutes} min:\n{output.Result}{error.Result}");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && System.IO.Path.GetFileNameWithoutExtension(path) == "dotnet"
            ? path
            : "dotnet";
}
