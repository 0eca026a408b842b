using System.CommandLine;
using NotebookKernel;
using NotebookKernel.Install;

// Kernel de Jupyter para C#: «NotebookKernel FICHERO_DE_CONEXION» lo lanza (así lo hace el cliente según kernel.json);
// «NotebookKernel install» instala el kernelspec.
var connectionFile = new Argument<FileInfo>("fichero-de-conexion")
{
    Description = "El fichero de conexión JSON que escribe el cliente de Jupyter (puertos y clave).",
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
    Description = "Nombre del kernelspec (su carpeta).",
    DefaultValueFactory = _ => KernelSpecInstaller.DefaultName,
};

var install = new Command("install", "Instala el kernelspec para que VS Code, JupyterLab y nbconvert encuentren este kernel.")
{
    user, prefix, name,
};
install.SetAction(parse =>
{
    if (parse.GetValue(user) && parse.GetValue(prefix) is not null)
    {
        Console.Error.WriteLine("Use --user o --prefix, no los dos.");
        return 2;
    }
    var dataDirectory = parse.GetValue(prefix) is { } p ? JupyterPaths.PrefixDataDirectory(p.FullName) : JupyterPaths.UserDataDirectory();
    var folder = KernelSpecInstaller.Install(
        dataDirectory, parse.GetValue(name)!, KernelSpecInstaller.CurrentDotnetHost(), KernelSpecInstaller.CurrentKernelAssembly());
    Console.WriteLine($"Kernel «{KernelSpecInstaller.DisplayName}» instalado en {folder}");
    return 0;
});

var root = new RootCommand("Kernel de Jupyter para C# del curso «Redes neuronales desde cero en C#».")
{
    connectionFile,
};
root.Subcommands.Add(install);
root.SetAction(parse => KernelHost.Run(parse.GetValue(connectionFile)!.FullName));
return root.Parse(args).Invoke();
