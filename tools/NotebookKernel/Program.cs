using System.CommandLine;
using NotebookKernel;
using NotebookKernel.Install;

// Kernel de Jupyter para C#: «NotebookKernel -f FICHERO_DE_CONEXION» lo lanza (así lo hace el cliente según
// kernel.json, como «python -m ipykernel_launcher -f ...»); «NotebookKernel install» instala el kernelspec.
var connectionFile = new Option<FileInfo?>("--connection-file", "-f")
{
    Description = "El fichero de conexión JSON que escribe el cliente de Jupyter (puertos y clave); lanza el kernel.",
};
var user = new Option<bool>("--user")
{
    Description = "Instala para este usuario (por defecto): $JUPYTER_DATA_DIR o ~/.local/share/jupyter/kernels.",
};
var prefix = new Option<DirectoryInfo?>("--prefix")
{
    Description = "Instala en PREFIJO/share/jupyter/kernels (p. ej. el de un entorno virtual).",
};
var name = new Option<string>("--name")
{
    Description = "Nombre del kernelspec (su carpeta); es el que se pasa a --ExecutePreprocessor.kernel_name.",
    DefaultValueFactory = _ => KernelSpecInstaller.DefaultName,
};

var install = new Command(
    "install",
    "Instala el kernelspec para que VS Code, JupyterLab y nbconvert encuentren este kernel."
)
{
    user,
    prefix,
    name,
};
install.SetAction(parse =>
{
    if (parse.GetValue(user) && parse.GetValue(prefix) is not null)
    {
        Console.Error.WriteLine("Use --user o --prefix, no los dos.");
        return 2;
    }
    var dataDirectory = parse.GetValue(prefix) is { } p
        ? JupyterPaths.PrefixDataDirectory(p.FullName)
        : JupyterPaths.UserDataDirectory();
    try
    {
        var folder = KernelSpecInstaller.Install(
            dataDirectory,
            parse.GetValue(name)!,
            KernelSpecInstaller.CurrentDotnetHost(),
            KernelSpecInstaller.CurrentKernelAssembly()
        );
        Console.WriteLine($"Kernel «{KernelSpecInstaller.DisplayName}» instalado en {folder}");
        return 0;
    }
    catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"No se pudo instalar el kernel: {e.Message}");
        return 1;
    }
});

var root = new RootCommand("Kernel de Jupyter para C# del curso «Redes neuronales desde cero en C#».")
{
    connectionFile,
};
root.Subcommands.Add(install);
root.SetAction(parse =>
{
    if (parse.GetValue(connectionFile) is not { } file)
    {
        Console.Error.WriteLine(
            "Falta el fichero de conexión: NotebookKernel -f FICHERO (lo pone el cliente de Jupyter), o NotebookKernel install."
        );
        return 2;
    }
    try
    {
        return KernelHost.Run(file.FullName);
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine($"No se pudo arrancar el kernel: {e.Message}");
        return 2;
    }
});
return root.Parse(args).Invoke();
