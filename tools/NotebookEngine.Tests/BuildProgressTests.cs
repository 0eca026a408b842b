using DotnetBuild;

namespace NotebookEngine.Tests;

/// <summary>
/// Lo que ve quien aprende mientras se descargan paquetes la primera vez (issue 12: nunca un minuto en silencio): qué
/// paquete se descarga y, al instalarse, cuánto ocupa. Sin red: una carpeta-fuente local con un paquete de juguete y
/// una carpeta global de paquetes propia de la prueba (así el paquete se instala de verdad cada vez).
/// </summary>
public sealed class BuildProgressTests : TemporaryFolder
{
    public BuildProgressTests()
        : base("engine-progress-") { }

    [Fact]
    public void A_download_is_announced_and_its_installation_says_the_package_size()
    {
        var packageFolder = Path.Combine(Folder, "plotly.net", "6.0.0");
        Directory.CreateDirectory(packageFolder);
        File.WriteAllBytes(Path.Combine(packageFolder, "plotly.net.6.0.0.nupkg"), new byte[2_500_000]);
        var log = new StringWriter();

        using (var progress = new BuildProgress(log, Folder))
        {
            // Líneas de «dotnet restore -v n» tal como las escribe el SDK en español.
            progress.OnLine("         GET https://api.nuget.org/v3-flatcontainer/plotly.net/index.json");
            progress.OnLine(
                "         GET https://api.nuget.org/v3-flatcontainer/plotly.net/6.0.0/plotly.net.6.0.0.nupkg"
            );
            progress.OnLine(
                "         OK https://api.nuget.org/v3-flatcontainer/plotly.net/6.0.0/plotly.net.6.0.0.nupkg 7 ms "
            );
            progress.OnLine(
                $"       Se ha instalado Plotly.NET 6.0.0 de https://api.nuget.org/v3/index.json a {packageFolder} con el hash de contenido MEt/cYGB=="
            );
        }

        var lines = log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("  Descargando plotly.net 6.0.0…", lines[0]);
        Assert.StartsWith("  Plotly.NET 6.0.0 instalado (2.5 MB), a los ", lines[1]);
    }

    [Fact]
    public void Each_project_that_a_build_finishes_is_named_and_nothing_else_of_msbuild_is_repeated()
    {
        var log = new StringWriter();

        using (var progress = new BuildProgress(log, Folder))
        {
            // Líneas de «dotnet build -v n» tal como las escribe el SDK (la flecha no se traduce).
            progress.OnLine("CoreCompile:");
            progress.OnLine(
                "  /usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/csc /noconfig /out:obj/Debug/net10.0/X.dll"
            );
            progress.OnLine("  JupyterProtocol -> /repo/tools/JupyterProtocol/bin/Debug/net10.0/JupyterProtocol.dll");
            progress.OnLine(@"  NotebookRunner -> C:\repo\tools\NotebookRunner\bin\Debug\net10.0\NotebookRunner.dll");
            progress.OnLine("  Copying file from \"a.dll\" to \"b.dll\".");
        }

        var lines = log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("  JupyterProtocol listo, a los ", lines[0]);
        Assert.StartsWith("  NotebookRunner listo, a los ", lines[1]);
    }

    [Fact]
    public async Task A_real_restore_reports_each_package_it_installs()
    {
        var log = new StringWriter();
        await using var session = ToyFeedSession(progressInCell: false, log);

        var result = await session.ExecuteAsync("#r \"nuget: Paquete.De.Juguete, 1.0.0\"");

        Assert.True(result.Succeeded, string.Join('\n', result.Outputs));
        var text = log.ToString();
        Assert.Contains("Restaurando paquetes NuGet: Paquete.De.Juguete", text);
        Assert.Contains("  Paquete.De.Juguete 1.0.0 instalado (", text);
        Assert.Empty(result.Outputs); // por lotes, nada de esto se guarda en el cuaderno
    }

    [Fact]
    public async Task In_an_interactive_kernel_the_cell_that_restores_shows_the_progress_itself()
    {
        var log = new StringWriter();
        await using var session = ToyFeedSession(progressInCell: true, log);

        var result = await session.ExecuteAsync("#r \"nuget: Paquete.De.Juguete, 1.0.0\"");

        Assert.True(result.Succeeded, string.Join('\n', result.Outputs));
        var shown = string.Concat(
            result.Outputs.OfType<StreamOutput>().Where(o => o.Name == "stdout").Select(o => o.Text)
        );
        Assert.Contains("Restaurando paquetes NuGet: Paquete.De.Juguete", shown);
        Assert.Contains("  Paquete.De.Juguete 1.0.0 instalado (", shown);
        Assert.DoesNotContain("instalado", log.ToString());
    }

    [Fact]
    public async Task Two_notebooks_that_need_the_same_packages_restore_them_once()
    {
        var logs = new[] { new StringWriter(), new StringWriter() };
        await using var first = ToyFeedSession(progressInCell: false, logs[0]);
        await using var second = ToyFeedSession(progressInCell: false, logs[1]);

        var results = await Task.WhenAll(
            first.ExecuteAsync("#r \"nuget: Paquete.De.Juguete, 1.0.0\""),
            second.ExecuteAsync("#r \"nuget: Paquete.De.Juguete, 1.0.0\"")
        );

        Assert.All(results, result => Assert.True(result.Succeeded, string.Join('\n', result.Outputs)));
        Assert.Single(logs, log => log.ToString().Contains("Restaurando paquetes NuGet", StringComparison.Ordinal));
    }

    // Una sesión que restaura de una carpeta-fuente local con un paquete de juguete, en una carpeta global propia.
    private NotebookSession ToyFeedSession(bool progressInCell, TextWriter log)
    {
        var feed = Path.Combine(Folder, "feed");
        Directory.CreateDirectory(feed);
        if (!File.Exists(Path.Combine(feed, "Paquete.De.Juguete.1.0.0.nupkg")))
            RestoreMessageTests.WriteToyPackage(feed, "Paquete.De.Juguete", "1.0.0");
        File.WriteAllText(
            Path.Combine(Folder, "NuGet.Config"),
            $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(Folder, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """
        );
        return NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = Folder,
                PackageCacheDirectory = Path.Combine(Folder, "cache"),
                RenderChartImages = false,
                Log = log,
                ProgressInCell = progressInCell,
            }
        );
    }
}
