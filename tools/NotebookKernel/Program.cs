using System.CommandLine;
using NotebookKernel;
using NotebookKernel.Install;

// Kernel de Jupyter para C#: «csharp-kernel -f FICHERO_DE_CONEXION» lo lanza (así lo hace el cliente según
// kernel.json, como «python -m ipykernel_launcher -f ...»); «csharp-kernel install» instala el kernelspec y
// «csharp-kernel uninstall» lo quita.
var connectionFile = new Option<FileInfo?>("--connection-file", "-f")
{
    Description = "El fichero de conexión JSON que escribe el cliente de Jupyter (puertos y clave); lanza el kernel.",
};
var root = new RootCommand(
    "Kernel de Jupyter para C# (.NET 10), el de «Redes neuronales desde cero en C#»: ejecuta también los cuadernos de Polyglot."
)
{
    connectionFile,
};
root.Subcommands.Add(InstallCommand.Create());
root.Subcommands.Add(UninstallCommand.Create());
root.SetAction(parse =>
{
    if (parse.GetValue(connectionFile) is not { } file)
    {
        Console.Error.WriteLine(
            "Falta el fichero de conexión: csharp-kernel -f FICHERO (lo pone el cliente de Jupyter), o csharp-kernel install."
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
