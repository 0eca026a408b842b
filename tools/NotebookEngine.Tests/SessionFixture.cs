using NotebookEngine;

namespace NotebookEngine.Tests;

/// <summary>Una sesión compartida por las pruebas de una clase: la primera celda de una sesión cuesta ~2 s.</summary>
public sealed class SessionFixture : IAsyncLifetime
{
    public string Directory { get; } =
        Path.Combine(Path.GetTempPath(), "engine-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public NotebookSession Session { get; private set; } = null!;

    public Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        Session = NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = Directory,
                PackageCacheDirectory = Path.Combine(Directory, "cache"),
                RenderChartImages = false,
            }
        );
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Session.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException) { }
    }
}
