namespace NotebookKernel.Install;

/// <summary>
/// El alias <c>.net-csharp</c>: un segundo kernelspec, con el nombre que guardan los cuadernos de Polyglot en
/// <c>metadata.kernelspec.name</c>, que lanza este mismo kernel. Con él, nbconvert, nbclient y papermill ejecutan
/// esos cuadernos sin <c>--ExecutePreprocessor.kernel_name</c> (no eligen kernel por lenguaje, como sí hacen VS Code
/// y Jupyter Notebook). Solo se registra donde ningún otro kernel tiene ese nombre: si queda uno de .NET Interactive
/// en cualquier carpeta donde Jupyter busca kernels, se respeta (salvo con <c>--force</c>).
/// </summary>
internal static class PolyglotAlias
{
    /// <summary>Lo que pasó con el alias: su carpeta si se instaló, o el kernel ajeno que lo impidió.</summary>
    public sealed record Outcome(string? Folder, string? Foreign);

    /// <summary>
    /// Instala el alias en <paramref name="dataDirectory"/> si en ninguna de <paramref name="searchDataDirectories"/>
    /// (ni en la de destino) hay un <c>.net-csharp</c> de otro programa; con <paramref name="force"/>, siempre.
    /// </summary>
    public static Outcome Install(
        string dataDirectory,
        IEnumerable<string> searchDataDirectories,
        string displayName,
        KernelCommand command,
        bool force
    )
    {
        if (!force)
        {
            foreach (var data in searchDataDirectories.Prepend(dataDirectory).Distinct())
            {
                var directory = JupyterPaths.KernelDirectory(data, KernelSpecInstaller.PolyglotName);
                if (KernelSpecInstaller.ForeignSpecIn(directory) is { } foreign)
                    return new Outcome(null, foreign);
            }
        }
        var folder = KernelSpecInstaller.Install(
            dataDirectory,
            KernelSpecInstaller.PolyglotName,
            $"{displayName} · alias {KernelSpecInstaller.PolyglotName}",
            command,
            force
        );
        return new Outcome(folder, null);
    }
}
