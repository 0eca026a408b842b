using System.CommandLine;

namespace NotebookKernel.Install;

/// <summary>
/// La orden <c>install</c>: escribe el kernelspec de este kernel (y el alias <c>.net-csharp</c>) para que VS Code,
/// JupyterLab, nbconvert y papermill lo encuentren.
/// </summary>
internal static class InstallCommand
{
    public static Command Create()
    {
        var user = new Option<bool>("--user")
        {
            Description =
                "Instala para este usuario (por defecto): $JUPYTER_DATA_DIR o ~/.local/share/jupyter/kernels.",
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
        var displayName = new Option<string>("--display-name")
        {
            Description = "El nombre que se ve en el selector de kernels.",
            DefaultValueFactory = _ => KernelSpecInstaller.DefaultDisplayName,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Sustituye un kernelspec con el mismo nombre aunque lo instalara otro programa.",
        };
        var noAlias = new Option<bool>("--no-alias")
        {
            Description =
                $"No registra el alias {KernelSpecInstaller.PolyglotName} (el kernel de los cuadernos de Polyglot).",
        };
        var command = new Command(
            "install",
            "Instala el kernelspec para que VS Code, JupyterLab, nbconvert y papermill encuentren este kernel."
        )
        {
            user,
            prefix,
            name,
            displayName,
            force,
            noAlias,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(user) && parse.GetValue(prefix) is not null)
            {
                Console.Error.WriteLine("Use --user o --prefix, no los dos.");
                return 2;
            }
            var dataDirectory = parse.GetValue(prefix) is { } p
                ? JupyterPaths.PrefixDataDirectory(p.FullName)
                : JupyterPaths.UserDataDirectory();
            return Run(
                dataDirectory,
                parse.GetValue(name)!,
                parse.GetValue(displayName)!,
                parse.GetValue(force),
                !parse.GetValue(noAlias)
            );
        });
        return command;
    }

    private static int Run(string dataDirectory, string name, string displayName, bool force, bool alias)
    {
        var launch = KernelCommand.Current();
        try
        {
            var folder = KernelSpecInstaller.Install(dataDirectory, name, displayName, launch, force);
            Console.WriteLine($"Kernel «{displayName}» instalado en {folder}");
            Console.WriteLine($"  lo lanza: {string.Join(' ', launch.Arguments)} -f {{connection_file}}");
            if (launch.BuildFolder is { } build)
                Console.WriteLine(
                    $"  Aviso: depende de la compilación en {build}; si se borra, hay que volver a instalar. La "
                        + "herramienta .NET no depende de ninguna copia de trabajo (ver tools/NotebookKernel/README.md)."
                );
            if (alias && name != KernelSpecInstaller.PolyglotName)
                ReportAlias(
                    PolyglotAlias.Install(
                        dataDirectory,
                        JupyterPaths.SearchDataDirectories(),
                        displayName,
                        launch,
                        force
                    )
                );
            return 0;
        }
        catch (KernelSpecConflictException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"No se pudo instalar el kernel: {e.Message}");
            return 1;
        }
    }

    private static void ReportAlias(PolyglotAlias.Outcome outcome)
    {
        if (outcome.Folder is { } folder)
            Console.WriteLine(
                $"Alias {KernelSpecInstaller.PolyglotName} instalado en {folder}: los cuadernos de Polyglot se "
                    + "ejecutan con nbconvert, nbclient o papermill sin nombrar el kernel."
            );
        else
            Console.WriteLine(
                $"Alias {KernelSpecInstaller.PolyglotName} no instalado: ya lo tiene otro kernel, {outcome.Foreign}. "
                    + "Se respeta; con --force se sustituye."
            );
    }
}
