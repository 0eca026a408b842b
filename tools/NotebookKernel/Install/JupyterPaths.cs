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

    /// <summary>
    /// Las carpetas de datos donde Jupyter busca kernels, como <c>jupyter --paths</c>: las de <c>$JUPYTER_PATH</c>, la
    /// del usuario y las del sistema (<c>/usr/local/share/jupyter</c> y <c>/usr/share/jupyter</c>, o
    /// <c>%PROGRAMDATA%\jupyter</c> en Windows). Falta la del entorno de Python (<c>sys.prefix/share/jupyter</c>),
    /// que sin Python no se conoce: se comprueba si se instala en ella con <c>--prefix</c>.
    /// </summary>
    public static IReadOnlyList<string> SearchDataDirectories()
    {
        var directories = new List<string>();
        var fromEnvironment = Environment.GetEnvironmentVariable("JUPYTER_PATH") ?? "";
        directories.AddRange(
            fromEnvironment
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Path.GetFullPath)
        );
        directories.Add(UserDataDirectory());
        if (OperatingSystem.IsWindows())
            directories.Add(
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "jupyter")
            );
        else
            directories.AddRange(["/usr/local/share/jupyter", "/usr/share/jupyter"]);
        return directories;
    }

    /// <summary>La carpeta del kernelspec <paramref name="name"/> dentro de una carpeta de datos.</summary>
    public static string KernelDirectory(string dataDirectory, string name) =>
        Path.Combine(dataDirectory, "kernels", name);
}
