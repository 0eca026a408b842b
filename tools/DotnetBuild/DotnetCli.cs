using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace DotnetBuild;

/// <summary>
/// Ejecuta <c>dotnet</c> (restore, build) como proceso hijo, sin dejar nodos de MSBuild vivos al terminar. Con la
/// interfaz del SDK en español (<c>DOTNET_CLI_UI_LANGUAGE=es</c>): el SDK trae traducidos los mensajes de NuGet, de
/// MSBuild y del compilador (<c>sdk/&lt;versión&gt;/es/</c>), y los códigos de error (<c>NU1102</c>, <c>CS1002</c>) y
/// la palabra <c>error</c> de cada línea no cambian con el idioma, que es lo único que se lee de la salida.
/// </summary>
public static partial class DotnetCli
{
    /// <summary>Resultado de una ejecución: código de salida y salida estándar y de error juntas.</summary>
    public sealed record Result(int ExitCode, string Output);

    /// <summary>
    /// Ejecuta <c>dotnet</c> con los argumentos dados; si se cancela, mata el proceso y su árbol. Cada línea de salida
    /// llega también a <paramref name="onLine"/> en cuanto se escribe (para informar del avance).
    /// </summary>
    public static async Task<Result> RunAsync(
        IEnumerable<string> arguments,
        string workingDirectory,
        CancellationToken cancellationToken,
        Action<string>? onLine = null
    )
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "es";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data, onLine);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data, onLine);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        process.WaitForExit(); // vacía los eventos de salida pendientes
        lock (output)
            return new Result(process.ExitCode, output.ToString());
    }

    /// <summary>
    /// <c>dotnet build</c> de un proyecto. Con <paramref name="log"/>, cuenta qué paquete descarga (y cuánto ocupa), qué
    /// proyecto queda compilado y, cada 10 s, que sigue (<see cref="BuildProgress"/>): la verbosidad normal es para eso.
    /// </summary>
    public static async Task<Result> BuildAsync(
        string projectPath,
        string configuration,
        TextWriter? log,
        CancellationToken cancellationToken
    )
    {
        using var progress = log is null ? null : new BuildProgress(log, BuildProgress.DefaultPackagesFolder());
        return await RunAsync(
                ["build", projectPath, "-c", configuration, "-nodeReuse:false", "-v", "n", "-tl:off"],
                Path.GetDirectoryName(Path.GetFullPath(projectPath))!,
                cancellationToken,
                progress is null ? null : progress.OnLine
            )
            .ConfigureAwait(false);
    }

    private static void Append(StringBuilder output, string? line, Action<string>? onLine)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
        onLine?.Invoke(line);
    }

    /// <summary>
    /// Solo las líneas de error de MSBuild («Roto.cs(2,59): error CS1002: Se esperaba ;»), una vez cada una, sin el
    /// nodo de delante ni el proyecto que repiten al final ni el resumen de la compilación; si no hay ninguna, la
    /// salida entera.
    /// </summary>
    public static string Errors(string output)
    {
        var errors = output
            .Split('\n')
            .Where(line => line.Contains(": error ", StringComparison.Ordinal))
            .Select(line => ProjectSuffix().Replace(NodePrefix().Replace(line.Trim(), ""), ""))
            .Distinct()
            .ToList();
        return errors.Count > 0 ? string.Join('\n', errors) : output.Trim();
    }

    [GeneratedRegex(@"\s*\[[^\]]*\.\w*proj\]$")]
    private static partial Regex ProjectSuffix();

    // Con verbosidad normal, MSBuild antepone el nodo que compiló: «1>/ruta/Roto.cs(2,59): error …».
    [GeneratedRegex(@"^\d+>")]
    private static partial Regex NodePrefix();
}
