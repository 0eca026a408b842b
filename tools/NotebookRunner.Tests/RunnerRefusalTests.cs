using System.Diagnostics;

namespace NotebookRunner.Tests;

/// <summary>
/// Lo que el ejecutor de verdad rechaza antes de ejecutar nada (código 2) y cómo para cuando se le pide (código 130),
/// sin tocar los fuentes ni dejar archivos a medias.
/// </summary>
public sealed class RunnerRefusalTests
{
    [Fact]
    public void Two_notebooks_with_the_same_name_are_refused_before_anything_runs()
    {
        using var run = new HostileRun("bien.ipynb");
        var other = Directory.CreateDirectory(Path.Combine(run.Root, "otra")).FullName;
        File.Copy(Path.Combine(run.Sources, "bien.ipynb"), Path.Combine(other, "bien.ipynb"));

        var (exitCode, log) = RunnerProcess.Run(run.Sources, other, "--out", run.Output, "--no-images");

        Assert.Equal(2, exitCode);
        Assert.Contains("Varios cuadernos se llaman 'bien.ipynb'", log);
        Assert.False(Directory.Exists(run.Output));
        run.AssertSourcesUntouched();
    }

    [Theory]
    [InlineData("archivo")] // --out es un archivo
    [InlineData("/proc/no-se-puede")] // ni root puede crear carpetas en /proc
    public void An_unusable_out_folder_is_refused_before_anything_runs(string where)
    {
        using var run = new HostileRun("bien.ipynb");
        var output = where == "archivo" ? Path.Combine(run.Root, "soy-un-archivo") : where;
        if (where == "archivo")
            File.WriteAllText(output, "no soy una carpeta");

        var (exitCode, log) = RunnerProcess.Run(run.Sources, "--out", output, "--no-images");

        Assert.Equal(2, exitCode);
        Assert.Contains($"--out '{output}", log);
        Assert.Contains("No se ejecutó ningún cuaderno", log);
        Assert.DoesNotContain("celda", log);
        run.AssertSourcesUntouched();
    }

    [Theory]
    [InlineData("TERM", false, "NotebookRunner.dll")]
    [InlineData("INT", true, "NotebookRunner.dll")]
    // La orden del README (tools/Start) lanza el ejecutor: la señal que le llega solo a ella también lo para.
    [InlineData("TERM", false, "Start.dll")]
    [InlineData("INT", false, "Start.dll")]
    public void A_stop_signal_stops_the_cell_writes_nothing_half_done_prints_what_ran_and_exits_130(
        string signal,
        bool inPlace,
        string program
    )
    {
        using var run = new HostileRun("bien.ipynb", "largo.ipynb");
        // Un proceso lanzado en segundo plano por un shell sin control de trabajos (p. ej. «.ci/run &») hereda SIGINT
        // ignorado, y .NET respeta esa herencia: el ejecutor no vería la señal. env la devuelve a su acción por defecto.
        string[] arguments =
        [
            "--default-signal=INT,TERM",
            "dotnet",
            Path.Combine(AppContext.BaseDirectory, program),
            run.Sources,
            "--out",
            run.Output,
            "--no-images",
            "-j",
            "1",
            .. inPlace ? new[] { "--in-place" } : [],
        ];
        var start = new ProcessStartInfo("env", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        var running = new ManualResetEventSlim();
        process.OutputDataReceived += (_, e) =>
        {
            lock (log)
                log.AppendLine(e.Data);
            if (e.Data?.Contains("largo: celda 2 de 3") == true)
                running.Set();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (log)
                log.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Assert.True(running.Wait(RunnerProcess.Timeout), $"la celda larga no llegó a empezar:\n{log}");
        Thread.Sleep(500); // que el bucle esté girando de verdad

        Process.Start("kill", [$"-{signal}", process.Id.ToString()])!.WaitForExit();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true); // que no quede un kernel girando
            Assert.Fail($"no terminó tras SIG{signal}:\n{log}");
        }
        process.WaitForExit();

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Ejecución interrumpida", log.ToString());
        Assert.Contains("interrumpido", log.ToString()); // la fila del cuaderno parado en el resumen
        Assert.False(File.Exists(Path.Combine(run.Output, "notebooks", "largo.ipynb")));
        Assert.Empty(Directory.EnumerateFiles(run.Root, "*.tmp", SearchOption.AllDirectories));
        if (inPlace)
            Assert.Equal(
                run.Hashes[Path.Combine(run.Sources, "largo.ipynb")],
                HostileRun.Hash(Path.Combine(run.Sources, "largo.ipynb"))
            );
        else
            run.AssertSourcesUntouched();
    }
}
