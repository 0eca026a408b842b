using System.Security.Cryptography;
using NotebookRunner.Execution;

namespace NotebookRunner.Tests;

/// <summary>
/// Ejecuta una vez todos los cuadernos de Fixtures/ (copiados a una carpeta temporal) con un tiempo máximo por celda
/// de 5 s y --continue-on-error, y guarda los resultados para las pruebas.
/// </summary>
public sealed class FixtureRun : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "runner-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public string SourceDirectory => Path.Combine(Root, "src");

    public string OutputDirectory => Path.Combine(Root, "out", "notebooks");

    public Dictionary<string, NotebookRunResult> Results { get; } = [];

    public Dictionary<string, string> SourceHashes { get; } = [];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(SourceDirectory);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures")))
            File.Copy(file, Path.Combine(SourceDirectory, Path.GetFileName(file)));
        foreach (var notebook in Directory.EnumerateFiles(SourceDirectory, "*.ipynb"))
            SourceHashes[notebook] = Hash(notebook);
        var options = new RunOptions
        {
            CellTimeout = TimeSpan.FromSeconds(5),
            ContinueOnError = true,
            RenderImages = false,
            PackageCacheDirectory = Path.Combine(Root, "cache"),
        };
        foreach (var notebook in Directory.EnumerateFiles(SourceDirectory, "*.ipynb").Order())
        {
            var target = Path.Combine(OutputDirectory, Path.GetFileName(notebook));
            Results[Path.GetFileNameWithoutExtension(notebook)] = await NotebookExecutor.RunAsync(
                notebook,
                target,
                options
            );
        }
    }

    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException) { }
        return Task.CompletedTask;
    }
}
