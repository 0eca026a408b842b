namespace NotebookKernel.Install;

/// <summary>
/// Dónde buscan los kernelspecs Jupyter, VS Code y JupyterLab (las reglas de <c>jupyter --paths</c>), para instalar
/// sin necesitar Python.
/// </summary>
internal static class JupyterPaths
{
    /// <summary>
    /// La carpeta de datos de Jupyter del usuario: <c>$JUPYTER_DATA_DIR</c> si está definida; si no,
    /// <c>$XDG_DATA_HOME/jupyter</c> o <c>~/.local/share/jupyter</c> en Linux, <c>~/Library/Jupyter</c> en macOS y
    /// <c>%APPDATA%\jupyter</c> en Windows.
    /// </summary>
    public static string UserDataDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return Path.GetFullPath(fromEnvironment);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        if (OperatingSystem.IsMacOS())
            return Path.Combine(home, "Library", "Jupyter");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    /// <summary>La carpeta de datos bajo un prefijo de instalación (<c>PREFIX/share/jupyter</c>), como <c>jupyter kernelspec install --prefix</c>.</summary>
    public static string PrefixDataDirectory(string prefix) =>
        Path.Combine(Path.GetFullPath(prefix), "share", "jupyter");

    /// <summary>La carpeta del kernelspec <paramref name="name"/> dentro de una carpeta de datos.</summary>
    public static string KernelDirectory(string dataDirectory, string name) =>
        Path.Combine(dataDirectory, "kernels", name);
}
