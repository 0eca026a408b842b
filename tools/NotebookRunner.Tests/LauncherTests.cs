namespace NotebookRunner.Tests;

/// <summary>
/// La orden del README (<c>dotnet run --project tools/Start -- notebooks</c>): con el ejecutor ya compilado (lo está: las
/// pruebas lo compilan antes), lo lanza sin compilar nada, con los mismos argumentos, y devuelve su código de salida.
/// Que pare con Ctrl+C o SIGTERM lo prueba <see cref="RunnerRefusalTests"/>.
/// </summary>
public sealed class LauncherTests
{
    private const string Preparing = "Preparando las herramientas";

    [Fact]
    public void It_runs_the_runner_with_the_same_arguments_and_without_rebuilding_an_up_to_date_runner()
    {
        var (exitCode, output) = RunnerProcess.RunProgram(
            "Start.dll",
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "solo-texto.ipynb"),
            "--out",
            Path.Combine(Path.GetTempPath(), "launcher-" + Guid.NewGuid().ToString("N")[..8]),
            "--no-images"
        );

        Assert.True(exitCode == 0, output);
        Assert.Contains("solo-texto", output);
        // Si esto falla, ProjectInputs cree vieja una salida recién compilada: la orden compilaría en cada ejecución.
        Assert.DoesNotContain(Preparing, output);
    }

    [Fact]
    public void The_runner_exit_code_and_its_spanish_refusal_come_back_unchanged()
    {
        var (exitCode, output) = RunnerProcess.RunProgram("Start.dll", "no-existe.ipynb");

        var (directCode, directOutput) = RunnerProcess.Run("no-existe.ipynb");
        Assert.Equal(directCode, exitCode);
        Assert.NotEqual(0, exitCode);
        Assert.Equal(directOutput.Trim(), output.Trim());
    }
}
