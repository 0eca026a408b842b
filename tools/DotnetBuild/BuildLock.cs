namespace DotnetBuild;

/// <summary>
/// Un cerrojo entre procesos para compilar un proyecto: un archivo en su <c>obj/</c> abierto en exclusiva (en Linux y
/// macOS, .NET lo bloquea con <c>flock</c>). Se suelta al cerrarlo, también si el proceso muere.
/// </summary>
public static class BuildLock
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>Espera hasta tener el cerrojo del proyecto de la carpeta <paramref name="projectDirectory"/>.</summary>
    public static async Task<IDisposable> AcquireAsync(
        string projectDirectory,
        string projectName,
        TextWriter? log,
        CancellationToken cancellationToken
    )
    {
        var obj = Path.Combine(projectDirectory, "obj");
        Directory.CreateDirectory(obj);
        var path = Path.Combine(obj, "notebook-build.lock");
        var announced = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                if (!announced)
                    log?.WriteLine(
                        $"Esperando a que otro proceso (otro cuaderno u otra terminal) acabe de compilar {projectName}…"
                    );
                announced = true;
                await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
