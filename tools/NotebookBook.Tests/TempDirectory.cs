namespace NotebookBook.Tests;

/// <summary>Una carpeta temporal propia de cada prueba, que se borra al terminar.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("notebookbook-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        { /* Un lector que aún tiene algo abierto no debe tumbar la prueba. */
        }
    }
}
