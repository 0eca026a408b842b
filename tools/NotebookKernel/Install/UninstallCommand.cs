using System.CommandLine;

namespace NotebookKernel.Install;

/// <summary>
/// La orden <c>uninstall</c>: quita el kernelspec de este kernel y su alias <c>.net-csharp</c>, si son suyos. Lo que
/// instaló otro programa con esos nombres no se toca. La herramienta .NET se quita aparte
/// (<c>dotnet tool uninstall --global RedesNeuronales.CSharpKernel</c>).
/// </summary>
internal static class UninstallCommand
{
    public static Command Create()
    {
        var prefix = new Option<DirectoryInfo?>("--prefix")
        {
            Description = "Lo quita de PREFIJO/share/jupyter/kernels (donde lo dejó «install --prefix»).",
        };
        var name = new Option<string>("--name")
        {
            Description = "Nombre del kernelspec que se instaló (su carpeta).",
            DefaultValueFactory = _ => KernelSpecInstaller.DefaultName,
        };
        var command = new Command(
            "uninstall",
            $"Quita el kernelspec de este kernel y el alias {KernelSpecInstaller.PolyglotName}, si son de este kernel."
        )
        {
            prefix,
            name,
        };
        command.SetAction(parse =>
            Run(
                parse.GetValue(prefix) is { } p
                    ? JupyterPaths.PrefixDataDirectory(p.FullName)
                    : JupyterPaths.UserDataDirectory(),
                parse.GetValue(name)!
            )
        );
        return command;
    }

    private static int Run(string dataDirectory, string name)
    {
        var removed = false;
        var refused = false;
        foreach (var spec in new[] { name, KernelSpecInstaller.PolyglotName }.Distinct())
        {
            try
            {
                if (KernelSpecInstaller.Uninstall(dataDirectory, spec) is { } folder)
                {
                    Console.WriteLine($"Kernel «{spec}» quitado de {folder}");
                    removed = true;
                }
            }
            catch (KernelSpecConflictException e)
            {
                // El alias de otro programa (p. ej. .NET Interactive) es lo esperado: solo se avisa del pedido.
                if (spec == name)
                {
                    Console.Error.WriteLine(e.Message);
                    refused = true;
                }
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"No se pudo quitar el kernel «{spec}»: {e.Message}");
                return 1;
            }
        }
        if (refused)
            return 1;
        if (!removed)
        {
            Console.Error.WriteLine(
                $"No hay ningún kernel «{name}» en {Path.Combine(dataDirectory, "kernels")}: nada que quitar."
            );
            return 1;
        }
        return 0;
    }
}
