using NotebookRunner.Cli;

namespace NotebookRunner.Tests;

public sealed class CommandLineTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task Exit_code_is_non_zero_when_a_notebook_fails_and_every_notebook_is_written()
    {
        var output = Path.Combine(Path.GetTempPath(), "runner-cli-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var exitCode = await RunnerCommand
                .Build()
                .Parse([
                    Fixture("error-ejecucion.ipynb"),
                    Fixture("otro-kernel.ipynb"),
                    "--out",
                    output,
                    "--no-images",
                    "-q",
                ])
                .InvokeAsync();
            Assert.Equal(1, exitCode);
            Assert.True(File.Exists(Path.Combine(output, "notebooks", "error-ejecucion.ipynb")));
            Assert.True(File.Exists(Path.Combine(output, "notebooks", "otro-kernel.ipynb")));
            // El libro HTML se escribe con todos los cuadernos, también los que fallaron.
            Assert.True(File.Exists(Path.Combine(output, "html", "index.html")));
            Assert.True(File.Exists(Path.Combine(output, "html", "error-ejecucion.html")));
        }
        finally
        {
            if (Directory.Exists(output))
                Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task In_place_is_the_only_way_to_write_into_the_source()
    {
        var folder = Directory.CreateTempSubdirectory("runner-inplace-").FullName;
        try
        {
            var source = Path.Combine(folder, "otro-kernel.ipynb");
            File.Copy(Fixture("otro-kernel.ipynb"), source);
            var before = File.ReadAllText(source);
            var output = Path.Combine(folder, "out");

            await RunnerCommand.Build().Parse([source, "--out", output, "--no-images", "-q"]).InvokeAsync();
            Assert.Equal(before, File.ReadAllText(source));

            await RunnerCommand
                .Build()
                .Parse([source, "--out", output, "--no-images", "-q", "--in-place"])
                .InvokeAsync();
            Assert.NotEqual(before, File.ReadAllText(source));
            Assert.Contains("C# sigue funcionando", File.ReadAllText(source));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Filter_selects_notebooks_by_name()
    {
        var found = NotebookDiscovery.Find([Path.Combine(AppContext.BaseDirectory, "Fixtures")], ["error"], null);
        Assert.Equal(["error-compilacion.ipynb", "error-ejecucion.ipynb"], found.Select(Path.GetFileName));
    }

    [Fact]
    public async Task Unknown_path_is_an_error()
    {
        var exitCode = await RunnerCommand.Build().Parse(["/no/existe/nada.ipynb"]).InvokeAsync();
        Assert.Equal(2, exitCode);
    }
}
