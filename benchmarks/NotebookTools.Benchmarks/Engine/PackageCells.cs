namespace NotebookTools.Benchmarks.Engine;

/// <summary>Las celdas con <c>#r "nuget:"</c> que se miden, y cómo dejar sus paquetes en la caché del motor.</summary>
public static class PackageCells
{
    /// <summary>Un paquete pequeño: la directiva sola.</summary>
    public const string MathNetReference = "#r \"nuget: MathNet.Numerics, 5.0.0\"";

    /// <summary>El capítulo cuya primera celda se mide.</summary>
    public const string Chapter = "01-sigmoide.ipynb";

    private static readonly Lazy<string> ChapterFirstCellLazy = new(() => RepositoryPaths.FirstCodeCell(Chapter));

    /// <summary>
    /// La primera celda del capítulo 1: seis <c>#r "nuget:"</c> (MathNet, Tensors, Plotly.NET, TorchSharp...),
    /// <c>#r "../lib/IntroNN/..."</c> y los <c>using</c>. Se ejecuta en la carpeta <c>notebooks/</c>.
    /// </summary>
    public static string ChapterFirstCell => ChapterFirstCellLazy.Value;

    /// <summary>
    /// Las celdas que, ejecutadas en orden en una sesión de la carpeta <c>notebooks/</c>, dejan en la caché los dos
    /// conjuntos de paquetes medidos: el motor guarda cada restauración bajo el conjunto de paquetes de la sesión,
    /// que tras la segunda celda es justo el del capítulo (MathNet ya está en él).
    /// </summary>
    public static IReadOnlyList<string> PrimingCells => [MathNetReference, ChapterFirstCell];
}
