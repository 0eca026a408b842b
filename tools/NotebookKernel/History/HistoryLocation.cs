namespace NotebookKernel.History;

/// <summary>Dónde guarda el kernel su historial entre sesiones.</summary>
internal static class HistoryLocation
{
    /// <summary>
    /// Variable de entorno con la ruta del fichero del historial, o <c>:memory:</c> para no escribir nada en disco
    /// (así lo usan las pruebas de conformidad, en una carpeta temporal).
    /// </summary>
    public const string Variable = "NOTEBOOK_KERNEL_HISTORY";

    /// <summary>
    /// La ruta del historial: la de <see cref="Variable"/>, o <c>history.sqlite</c> en la carpeta de datos del usuario
    /// (<c>$XDG_DATA_HOME/csharp-kernel</c> o <c>~/.local/share/csharp-kernel</c> en Linux,
    /// <c>~/Library/Application Support/csharp-kernel</c> en macOS, <c>%LOCALAPPDATA%\csharp-kernel</c> en Windows),
    /// como IPython la guarda en <c>~/.ipython/profile_default/history.sqlite</c>.
    /// </summary>
    public static string Resolve()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return fromEnvironment == HistoryStore.InMemory ? fromEnvironment : Path.GetFullPath(fromEnvironment);
        var data = Environment.GetFolderPath(
            Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.DoNotVerify
        );
        return Path.Combine(data, "csharp-kernel", "history.sqlite");
    }
}
