namespace NotebookEngine;

/// <summary>Cómo se crea una <see cref="NotebookSession"/>.</summary>
public sealed record SessionOptions
{
    /// <summary>Variable de entorno que cambia la carpeta de caché de paquetes restaurados.</summary>
    public const string CacheDirectoryVariable = "NOTEBOOK_CACHE_DIR";

    /// <summary>
    /// Carpeta del cuaderno: base de las rutas relativas de <c>#r "x.dll"</c> y <c>#load "x.csx"</c>,
    /// y directorio de trabajo de la celda.
    /// </summary>
    public string WorkingDirectory { get; init; } = CurrentDirectoryOrTemp();

    /// <summary>
    /// Las reglas del anfitrión para los paquetes de <c>#r "nuget:"</c> (cambiar uno por otros, o no restaurarlo);
    /// por defecto ninguna.
    /// </summary>
    public IReadOnlyList<Packages.PackageRule> PackageRules { get; init; } = [];

    /// <summary>
    /// Carpeta donde se guardan los proyectos de restauración NuGet y sus resultados, para no restaurar dos veces.
    /// Por defecto <c>$NOTEBOOK_CACHE_DIR</c>, o <c>~/.cache/notebook-engine</c>.
    /// </summary>
    public string PackageCacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>Si los gráficos Plotly llevan también una imagen PNG hecha con Chromium sin ventana (si está instalado).</summary>
    public bool RenderChartImages { get; init; } = true;

    /// <summary>Ruta de Chromium para las imágenes de los gráficos.</summary>
    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    /// <summary>Adónde van los mensajes de progreso (restauraciones, compilaciones de proyectos). <c>null</c>: a ninguna parte.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>
    /// Si el avance de una restauración de paquetes o de la compilación de un proyecto (qué descarga, cuánto ocupa, qué
    /// queda compilado y, cada 10 s, que sigue) sale en la propia celda que lo pidió, como texto normal (lo que hace
    /// pip en un cuaderno; en stderr, Jupyter lo pintaría de rojo, como un error), en vez de en <see cref="Log"/>. Así quien ejecuta la primera celda en
    /// Jupyter o VS Code no mira un minuto una celda muda. El ejecutor por lotes lo deja en <c>false</c>: lo lee del
    /// registro y no lo guarda en los cuadernos.
    /// </summary>
    public bool ProgressInCell { get; init; }

    /// <summary>Adónde va el avance de restauraciones y compilaciones (ver <see cref="ProgressInCell"/>).</summary>
    internal TextWriter? ProgressLog =>
        ProgressInCell ? new Scripting.ConsoleRouter("stdout", Log ?? TextWriter.Null) : Log;

    // La carpeta actual puede haber desaparecido (otra sesión la cambió a una carpeta que luego se borró).
    private static string CurrentDirectoryOrTemp()
    {
        try
        {
            return Directory.GetCurrentDirectory();
        }
        catch (IOException)
        {
            return Path.GetTempPath();
        }
    }

    private static string DefaultCacheDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(CacheDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return Path.GetFullPath(fromEnvironment);
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrWhiteSpace(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdg;
        return Path.Combine(root, "notebook-engine");
    }
}
