namespace NotebookEngine.Tests;

/// <summary>
/// Base de las pruebas que necesitan una carpeta propia (cuaderno y caché de paquetes): se crea antes de cada prueba
/// y se borra después.
/// </summary>
public abstract class TemporaryFolder : IDisposable
{
    /// <summary>La carpeta de esta prueba, vacía al empezar.</summary>
    protected string Folder { get; }

    protected TemporaryFolder(string prefix)
    {
        Folder = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
