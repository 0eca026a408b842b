namespace IntroNN.Kernels;

/// <summary>
/// Búferes del paso rápido de la regresión logística, guardados en el modelo y reutilizados mientras el número de
/// filas no cambie: pedir cientos de MB nuevos en cada paso cuesta fallos de página (PLATFORM.md).
/// </summary>
internal sealed class LogisticWorkspace
{
    public LogisticWorkspace(int rows, int features)
    {
        Rows = rows;
        Features = features;
        Blocks = BlocksFor(rows, features);
        Workers = Blocks.Workers(features);
        Scores = NewBuffers(Workers, Blocks.BlockRows);
        Targets = NewBuffers(Workers, Blocks.BlockRows);
        Partials = new double[Blocks.Count * PartialStride];
        Gradient = new double[features];
    }

    /// <summary>
    /// Bloques de 256 KB de X (1024 filas con d = 32): en la caché L2 (1 MB por núcleo aquí) caben a la vez el bloque
    /// con el que se calcula y el siguiente, que <see cref="BlockPrefetcher"/> va trayendo.
    /// </summary>
    public static RowBlocks BlocksFor(int rows, int features) => RowBlocks.For(rows, features, blockBytes: 256 * 1024);

    public int Rows { get; }
    public int Features { get; }
    public RowBlocks Blocks { get; }
    public int Workers { get; }

    /// <summary>Por hilo: z del bloque, y después ŷ − y.</summary>
    public double[][] Scores { get; }

    /// <summary>Por hilo: las etiquetas del bloque como double.</summary>
    public double[][] Targets { get; }

    /// <summary>Por bloque: d sumas del gradiente de w, la del sesgo y la de la pérdida.</summary>
    public double[] Partials { get; }

    public int PartialStride => Features + 2;

    /// <summary>El gradiente de w de <see cref="LogisticRegression.Step(MathNet.Numerics.LinearAlgebra.Matrix{double}, IReadOnlyList{int}, double)"/>.</summary>
    public double[] Gradient { get; }

    /// <summary>Copia de las etiquetas cuando no llegan como int[].</summary>
    public int[]? LabelBuffer;

    private static double[][] NewBuffers(int count, int length)
    {
        var buffers = new double[count][];
        for (int i = 0; i < count; i++)
            buffers[i] = new double[length];
        return buffers;
    }
}
