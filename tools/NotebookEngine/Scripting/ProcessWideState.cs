using NotebookEngine.Loading;

namespace NotebookEngine.Scripting;

/// <summary>
/// Lo que una sesión cambia en todo el proceso, no solo en ella, en un solo sitio y con nombre. .NET tiene una sola
/// carpeta actual, una sola consola y un solo cargador de ensamblados por proceso: dos sesiones del mismo proceso los
/// comparten (por eso el ejecutor de cuadernos ejecuta cada cuaderno en su propio proceso de kernel).
/// </summary>
internal static class ProcessWideState
{
    /// <summary>
    /// La consola del proceso pasa a repartirse por celdas: lo que escribe una celda va a sus salidas y lo demás a la
    /// consola de verdad (<see cref="ConsoleRouter"/>). Una vez por proceso.
    /// </summary>
    public static void RouteConsoleToCells() => ConsoleRouter.Install();

    /// <summary>
    /// El cargador de ensamblados del proceso aprende a encontrar las DLL y bibliotecas nativas de los paquetes
    /// restaurados (<see cref="PackageAssemblyResolver"/>). Una vez por proceso.
    /// </summary>
    public static void ResolvePackageAssemblies() => PackageAssemblyResolver.Install();

    /// <summary>Las DLL y carpetas nativas de paquetes recién restaurados pasan a poder cargarse en todo el proceso.</summary>
    public static void MakePackagesLoadable(IReadOnlyList<string> assemblies, IReadOnlyList<string> nativeDirectories)
    {
        PackageAssemblyResolver.AddAssemblies(assemblies);
        PackageAssemblyResolver.AddNativeDirectories(nativeDirectories);
    }

    /// <summary>
    /// La carpeta actual del proceso pasa a ser la del cuaderno, antes de cada celda: sus rutas relativas
    /// (<c>File.ReadAllText("datos.csv")</c>) se resuelven ahí, como en Polyglot.
    /// </summary>
    public static void EnterNotebookFolder(string folder) => Directory.SetCurrentDirectory(folder);
}
