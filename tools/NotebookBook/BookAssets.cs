using System.Reflection;
using System.Text.RegularExpressions;
using NotebookFormat;

namespace NotebookBook;

/// <summary>
/// Los archivos estáticos del libro: <c>assets/book.css</c>, <c>assets/book.js</c> y KaTeX (recursos incrustados en
/// esta DLL) más plotly.js, que se toma del recurso que Plotly.NET ya lleva dentro (<c>plotly-2.28.0.min.js</c>,
/// 3.6 MB): así el repositorio no guarda una copia, la compilación no necesita red y la versión es justo la que
/// usó Plotly.NET para construir las figuras.
/// </summary>
internal static partial class BookAssets
{
    /// <summary>Prefijo de los recursos incrustados y carpeta de destino dentro del libro.</summary>
    public const string Folder = "assets";

    private static readonly Assembly PlotlyAssembly = typeof(Plotly.NET.GenericChart).Assembly;
    private static readonly string PlotlyResource = FindPlotlyResource();

    [GeneratedRegex(@"plotly-\d+\.\d+\.\d+\.min\.js$")]
    private static partial Regex PlotlyScriptName();

    /// <summary>Ruta relativa (desde una página) del script de plotly.js, p. ej. <c>assets/plotly-2.28.0.min.js</c>.</summary>
    public static string PlotlyScript { get; } = $"{Folder}/{PlotlyScriptName().Match(PlotlyResource).Value}";

    /// <summary>Escribe todos los archivos estáticos bajo <paramref name="outputDirectory"/>; devuelve sus rutas.</summary>
    public static IReadOnlyList<string> WriteTo(string outputDirectory)
    {
        var written = new List<string>();
        var own = typeof(BookAssets).Assembly;
        foreach (
            var name in own.GetManifestResourceNames().Where(n => n.StartsWith(Folder + "/", StringComparison.Ordinal))
        )
        {
            using var stream = own.GetManifestResourceStream(name)!;
            written.Add(WriteOne(outputDirectory, name, stream));
        }
        using (var plotly = PlotlyAssembly.GetManifestResourceStream(PlotlyResource)!)
            written.Add(WriteOne(outputDirectory, PlotlyScript, plotly));
        return written;
    }

    private static string WriteOne(string outputDirectory, string relativePath, Stream content)
    {
        var path = Path.Combine(outputDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));
        AtomicFile.WriteStream(path, content);
        return path;
    }

    private static string FindPlotlyResource()
    {
        var names = PlotlyAssembly.GetManifestResourceNames().Where(n => PlotlyScriptName().IsMatch(n)).ToList();
        return names.Count == 1
            ? names[0]
            : throw new InvalidOperationException(
                $"Se esperaba un recurso plotly-X.Y.Z.min.js en {PlotlyAssembly.GetName().Name}, pero hay {names.Count}."
            );
    }
}
