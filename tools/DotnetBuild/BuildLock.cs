namespace DotnetBuild;

/// <summary>
/// Un cerrojo entre procesos para compilar un proyecto o restaurar un conjunto de paquetes: un archivo en el
/// <c>obj/</c> de su carpeta abierto en exclusiva (en Linux y macOS, .NET lo bloquea con <c>flock</c>). Se suelta al
/// cerrarlo, también si el proceso muere.
/// </summary>
public static class BuildLock
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Espera hasta tener el cerrojo de <paramref name="folder"/>; mientras espera, dice una vez en
    /// <paramref name="log"/> a qué espera (<paramref name="task"/>: «compilar IntroNN.csproj»).
    /// </summary>
    public static async Task<IDisposable> AcquireAsync(
        string folder,
        string task,
        TextWriter? log,
        CancellationToken cancellationToken
    )
    {
        var obj = Path.Combine(folder, "obj");
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
                    log?.WriteLine($"Esperando a que otro proceso (otro cuaderno u otra terminal) acabe de {task}…");
                announced = true;
                await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
