using NotebookEngine;

namespace NotebookEngine.Tests;

/// <summary><c>#r "ruta.dll"</c> de un proyecto que falta o está desfasado: el motor lo compila antes de cargarlo.</summary>
public sealed class ReferenceTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(
        Path.GetTempPath(),
        "engine-ref-" + Guid.NewGuid().ToString("N")[..8]
    );

    public async Task InitializeAsync()
    {
        var project = Path.Combine(_directory, "lib", "Tiny");
        Directory.CreateDirectory(project);
        Directory.CreateDirectory(Path.Combine(_directory, "notebooks"));
        await File.WriteAllTextAsync(
            Path.Combine(project, "Tiny.csproj"),
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><AssemblyName>Tiny.Helpers</AssemblyName></PropertyGroup>
            </Project>
            """
        );
        await File.WriteAllTextAsync(
            Path.Combine(project, "Answer.cs"),
            "namespace Tiny; public static class Answer { public static int Value => 42; }"
        );
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException) { }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Missing_project_output_is_built_before_it_is_referenced()
    {
        var log = new StringWriter();
        await using var session = NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = Path.Combine(_directory, "notebooks"),
                RenderChartImages = false,
                Log = log,
            }
        );
        var dll = "../lib/Tiny/bin/Release/net10.0/Tiny.Helpers.dll";
        Assert.False(File.Exists(Path.Combine(_directory, "notebooks", dll)));

        var result = await session.ExecuteAsync($"#r \"{dll}\"\nTiny.Answer.Value");

        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs) + log);
        Assert.Equal("42", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
        Assert.Contains("Tiny.csproj (Release)", log.ToString());
        Assert.Contains("  Tiny listo, a los ", log.ToString()); // el avance de la compilación, como en el lanzador
    }

    [Fact]
    public async Task A_change_in_the_shared_build_rules_above_the_project_makes_its_output_stale()
    {
        var dll = "../lib/Tiny/bin/Release/net10.0/Tiny.Helpers.dll";
        Assert.Contains("Tiny.csproj (Release)", await ReferenceLog(dll)); // falta: se compila
        Assert.DoesNotContain("Tiny.csproj (Release)", await ReferenceLog(dll)); // al día: no

        // Las reglas comunes del repositorio (Directory.Build.props, encima de lib/) también entran en la DLL.
        var rules = Path.Combine(_directory, "Directory.Build.props");
        await File.WriteAllTextAsync(rules, "<Project></Project>");
        File.SetLastWriteTimeUtc(rules, DateTime.UtcNow.AddMinutes(1));

        Assert.Contains("Tiny.csproj (Release)", await ReferenceLog(dll));
    }

    [Fact]
    public async Task Two_notebooks_that_need_the_same_missing_project_build_it_once()
    {
        // Lo que pasa en un clon nuevo: el ejecutor lanza dos cuadernos a la vez y los dos piden IntroNN.dll.
        var dll = "../lib/Tiny/bin/Release/net10.0/Tiny.Helpers.dll";

        var logs = await Task.WhenAll(ReferenceLog(dll), ReferenceLog(dll));

        Assert.Single(logs, log => log.Contains("Compilando Tiny.csproj (Release)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_project_that_does_not_compile_shows_only_its_errors_in_spanish()
    {
        await File.WriteAllTextAsync(
            Path.Combine(_directory, "lib", "Tiny", "Broken.cs"),
            "namespace Tiny;\npublic static class Broken { public static int X() => 1 }\n"
        );
        await using var session = NotebookSession.Create(
            new SessionOptions { WorkingDirectory = Path.Combine(_directory, "notebooks"), RenderChartImages = false }
        );

        var result = await session.ExecuteAsync("#r \"../lib/Tiny/bin/Release/net10.0/Tiny.Helpers.dll\"");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        var lines = error.Message.Split('\n');
        Assert.StartsWith("No se pudo compilar ", lines[0]);
        Assert.EndsWith("para obtener Tiny.Helpers.dll:", lines[0]);
        // El error del compilador en español, con su código para buscarlo; ni el resumen de MSBuild ni el proyecto.
        Assert.Equal(
            $"{Path.Combine(_directory, "lib", "Tiny", "Broken.cs")}(2,57): error CS1002: Se esperaba ;",
            Assert.Single(lines[1..])
        );
    }

    // Una sesión nueva que carga la DLL; devuelve su registro.
    private async Task<string> ReferenceLog(string dll)
    {
        var log = new StringWriter();
        await using var session = NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = Path.Combine(_directory, "notebooks"),
                RenderChartImages = false,
                Log = log,
            }
        );
        var result = await session.ExecuteAsync($"#r \"{dll}\"\nTiny.Answer.Value");
        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs) + log);
        return log.ToString();
    }
}
