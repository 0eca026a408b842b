namespace IntroNN.Kernels;

/// <summary>
/// Búferes del paso rápido de la regresión softmax, guardados en el modelo y reutilizados mientras el número de
/// filas no cambie (pedir memoria nueva en cada paso cuesta fallos de página: PLATFORM.md).
/// </summary>
internal sealed class SoftmaxWorkspace
{
    public SoftmaxWorkspace(int rows, int features, int classes)
    {
        Rows = rows;
        Features = features;
        Classes = classes;
        // Bloques que dejan en caché a la vez el trozo de X (≈ 256 KB) y el de Z (≤ 128 KB).
        Blocks = RowBlocks.For(rows, features, maxBlockRows: Math.Max(64, 16384 / classes));
        Workers = Blocks.Workers(features);
        Scores = new double[Workers][];
        RowMax = new double[Workers][];
        RowSum = new double[Workers][];
        for (int w = 0; w < Workers; w++)
        {
            Scores[w] = new double[Blocks.BlockRows * classes];
            RowMax[w] = new double[Blocks.BlockRows];
            RowSum[w] = new double[Blocks.BlockRows];
        }
        Partials = new double[Blocks.Count * PartialStride];
        Gradient = new double[features * classes];
        GradientBias = new double[classes];
    }

    public int Rows { get; }
    public int Features { get; }
    public int Classes { get; }
    public RowBlocks Blocks { get; }
    public int Workers { get; }

    /// <summary>Por hilo: Z del bloque (filas del bloque × K, por columnas), después P y después P − Y.</summary>
    public double[][] Scores { get; }

    /// <summary>Por hilo: el máximo de cada fila de Z.</summary>
    public double[][] RowMax { get; }

    /// <summary>Por hilo: Σₖ e^(zₖ − máx) de cada fila.</summary>
    public double[][] RowSum { get; }

    /// <summary>Por bloque: d·K sumas del gradiente de W, K del sesgo y la de la pérdida.</summary>
    public double[] Partials { get; }

    public int PartialStride => Features * Classes + Classes + 1;

    /// <summary>El gradiente de W (por columnas) que usa el paso.</summary>
    public double[] Gradient { get; }

    /// <summary>El gradiente de b que usa el paso.</summary>
    public double[] GradientBias { get; }

    /// <summary>Copia de las etiquetas cuando no llegan como int[].</summary>
    public int[]? LabelBuffer;
}
