namespace DotnetBuild;

/// <summary>
/// Compilar un proyecto solo si hace falta: si su salida falta o es anterior a sus fuentes (<see cref="ProjectInputs"/>),
/// con un cerrojo entre procesos (<see cref="BuildLock"/>: dos cuadernos o dos terminales a la vez no pisan el mismo
/// obj/; uno compila y el otro espera y vuelve a mirar) y contando el avance (<see cref="DotnetCli.BuildAsync"/>).
/// </summary>
public static class ProjectBuild
{
    /// <summary>
    /// Compila <paramref name="projectPath"/> en <paramref name="configuration"/> si <paramref name="outputAssembly"/>
    /// falta o está vieja; antes escribe <paramref name="announcement"/> en <paramref name="log"/>.
    /// </summary>
    /// <returns><c>null</c> si la salida ya estaba al día o se compiló; si no, las líneas de error de la compilación.</returns>
    public static async Task<string?> EnsureBuiltAsync(
        string projectPath,
        string outputAssembly,
        string configuration,
        string announcement,
        TextWriter? log,
        CancellationToken cancellationToken
    )
    {
        if (!ProjectInputs.IsStale(projectPath, outputAssembly))
            return null;
        using var buildLock = await BuildLock
            .AcquireAsync(
                Path.GetDirectoryName(Path.GetFullPath(projectPath))!,
                $"compilar {Path.GetFileName(projectPath)}",
                log,
                cancellationToken
            )
            .ConfigureAwait(false);
        if (!ProjectInputs.IsStale(projectPath, outputAssembly))
            return null;
        log?.WriteLine(announcement);
        var result = await DotnetCli
            .BuildAsync(projectPath, configuration, log, cancellationToken)
            .ConfigureAwait(false);
        return result.ExitCode == 0 ? null : DotnetCli.Errors(result.Output);
    }
}
