using System.CommandLine;

namespace NotebookRunner.Cli;

/// <summary>Las opciones de la línea de órdenes, con su ayuda en español.</summary>
internal sealed class RunnerOptions
{
    public Argument<string[]> Paths { get; } =
        new("cuadernos")
        {
            Description = "Cuadernos .ipynb o carpetas que los contienen (se recorren enteras).",
            Arity = ArgumentArity.OneOrMore,
        };

    public Option<string> Output { get; } =
        new("--out", "-o")
        {
            Description =
                "Carpeta de salida, relativa a la actual: NOMBRE.ipynb ejecutados en notebooks/ y el libro en html/.",
            DefaultValueFactory = _ => "out",
            HelpName = "carpeta",
        };

    public Option<double?> Timeout { get; } =
        new("--timeout", "-t")
        {
            Description =
                "Segundos máximos por celda (como el timeout de nbclient): se interrumpe y cuenta como fallo; si no para, se termina su proceso.",
            HelpName = "segundos",
        };

    public Option<bool> ContinueOnError { get; } =
        new("--continue-on-error")
        {
            Description = "Después de una celda con error, seguir ejecutando las siguientes del mismo cuaderno.",
        };

    public Option<string[]> Filter { get; } =
        new("--filter", "-f")
        {
            Description = "Ejecutar solo los cuadernos cuyo nombre contenga este texto (se puede repetir).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "texto",
        };

    public Option<string> TorchBackend { get; } = CreateTorchBackend();

    public Option<bool> InPlace { get; } =
        new("--in-place")
        {
            Description =
                "Escribir las salidas en los cuadernos fuente en vez de en <out>/notebooks (la única forma de modificarlos).",
        };

    public Option<bool> NoImages { get; } =
        new("--no-images")
        {
            Description = "No generar imágenes PNG de los gráficos (más rápido; GitHub no mostrará los gráficos).",
        };

    public Option<string?> Images { get; } =
        new("--images")
        {
            HelpName = "carpeta",
            Description =
                "Carpeta donde guardar como PNG los gráficos de las celdas etiquetadas «imagen:NOMBRE» (así se hacen las imágenes del README: --images images).",
        };

    public Option<int> Parallel { get; } =
        new("--parallel", "-j")
        {
            HelpName = "n",
            Description =
                "Cuántos cuadernos ejecutar a la vez, cada uno en su proceso. Por defecto, 2 si la máquina tiene 2 núcleos o más.",
            DefaultValueFactory = _ => Math.Clamp(Environment.ProcessorCount, 1, 2),
        };

    public Option<bool> Quiet { get; } =
        new("--quiet", "-q")
        {
            Description = "No mostrar los mensajes del motor (restauraciones NuGet, compilaciones).",
        };

    /// <summary>La orden raíz con todas las opciones.</summary>
    public RootCommand Command() =>
        new(
            "Ejecuta cuadernos C# de Polyglot (.ipynb) de arriba abajo, cada uno en su propio proceso de kernel, y "
                + "escribe las copias ejecutadas en <out>/notebooks y el libro HTML en <out>/html. Los cuadernos fuente no "
                + "se modifican salvo con --in-place. Devuelve 1 si algún cuaderno falla, 2 si los argumentos no sirven y "
                + "130 si se interrumpe (Ctrl+C)."
        )
        {
            Paths,
            Output,
            Timeout,
            ContinueOnError,
            Filter,
            TorchBackend,
            InPlace,
            NoImages,
            Images,
            Parallel,
            Quiet,
        };

    private static Option<string> CreateTorchBackend()
    {
        var option = new Option<string>("--torch-backend")
        {
            Description =
                "Backend de TorchSharp para '#r \"nuget: TorchSharp-cpu\"': cpu, cuda o auto. Por defecto $NOTEBOOK_TORCH_BACKEND, o cpu.",
        };
        option.AcceptOnlyFromAmong("cpu", "cuda", "auto");
        return option;
    }
}
