namespace DotnetBuild;

/// <summary>
/// Compilar un proyecto solo si hace falta: si su salida falta o es anterior a sus fuentes (<see cref="ProjectInputs"/>),
/// con un cerrojo entre procesos (<see cref="BuildLock"/>: dos cuadernos o dos terminales a la vez no pisan el mismo
/// obj/; uno compila y el otro espera y vuelve a mirar) y contando el avance (<see cref="DotnetCli.BuildAsync"/>).
/// </summary>
public static class ProjectBuild
{
    /// <summary>Si hubo que compilar y, si la compilación falló, sus líneas de error.</summary>
    public sealed record Outcome(bool Built, string? Errors);

    /// <summary>
    /// Compila <paramref name="projectPath"/> en <paramref name="configuration"/> si <paramref name="outputAssembly"/>
    /// falta o está vieja; antes escribe <paramref name="announcement"/> en <paramref name="log"/>.
    /// </summary>
    /// <returns>Si compiló (o esperó a otro proceso que compilaba) y, si falló, sus errores.</returns>
    public static async Task<Outcome> EnsureBuiltAsync(
        string projectPath,
        string outputAssembly,
        string configuration,
        string announcement,
        TextWriter? log,
        CancellationToken cancellationToken
    )
    {
        if (!ProjectInputs.IsStale(projectPath, outputAssembly))
            return new Outcome(Built: false, Errors: null);
        using var buildLock = await BuildLock
            .AcquireAsync(
                Path.GetDirectoryName(Path.GetFullPath(projectPath))!,
                $"compilar {Path.GetFileName(projectPath)}",
                log,
                cancellationToken
            )
            .ConfigureAwait(false);
        if (!ProjectInputs.IsStale(projectPath, outputAssembly))
            return new Outcome(Built: true, Errors: null); // la compiló otro proceso mientras esperábamos
        log?.WriteLine(announcement);
        var result = await DotnetCli
            .BuildAsync(projectPath, configuration, log, cancellationToken)
            .ConfigureAwait(false);
        return new Outcome(Built: true, result.ExitCode == 0 ? null : DotnetCli.Errors(result.Output));
    }
}
