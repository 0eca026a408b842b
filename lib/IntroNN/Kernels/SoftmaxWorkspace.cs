using System.Runtime.Intrinsics.X86;

namespace IntroNN.Kernels;

/// <summary>
/// Búferes del paso rápido de la regresión softmax, guardados en el modelo y reutilizados mientras el número de
/// filas no cambie (pedir memoria nueva en cada paso cuesta fallos de página: PLATFORM.md).
/// </summary>
/// <remarks>
/// Las características se rellenan hasta un múltiplo de 4 y las clases hasta uno de 2 (pesos 0; la clase de relleno
/// con sesgo −∞, así que su e^z es 0 y no cuenta): los productos trabajan siempre con grupos de 4 columnas × 4 o 2
/// clases, sin casos sueltos. Cada hilo tiene sus propios búferes (<see cref="SoftmaxBlockBuffers"/>).
/// </remarks>
internal sealed class SoftmaxWorkspace
{
    /// <summary>
    /// Filas por bloque: con d = 32, 256 KB de X. Caben en la caché L2 (1 MB por núcleo aquí) el bloque, sus logits
    /// y el bloque siguiente, que se va pidiendo a memoria mientras se calcula este.
    /// </summary>
    private const int MaxBlockRows = 1024;

    public SoftmaxWorkspace(int rows, int features, int classes)
    {
        Rows = rows;
        Features = features;
        Classes = classes;
        PaddedFeatures = (features + 3) & ~3;
        PaddedClasses = (classes + 1) & ~1;
        int tile = LogitTiles.Rows;
        int blockRows = Math.Min(MaxBlockRows, (rows + tile - 1) / tile * tile);
        Blocks = new RowBlocks(rows, blockRows);
        Workers = Blocks.Workers(features);
        Stride = blockRows + 8;
        ReadsXDirectly = features % 4 == 0 && rows % 128 != 0 && Sse.IsSupported;
        Buffers = new SoftmaxBlockBuffers[Workers];
        for (int w = 0; w < Workers; w++)
            Buffers[w] = new SoftmaxBlockBuffers(PaddedFeatures, PaddedClasses, Stride);
        WeightsByRow = new double[PaddedFeatures * PaddedClasses];
        PaddedBias = new double[PaddedClasses];
        Partials = new double[Blocks.Count * PartialStride];
        Gradient = new double[features * classes];
        GradientBias = new double[classes];
    }

    public int Rows { get; }
    public int Features { get; }
    public int Classes { get; }
    public int PaddedFeatures { get; }
    public int PaddedClasses { get; }
    public RowBlocks Blocks { get; }
    public int Workers { get; }

    /// <summary>
    /// Distancia entre columnas (clases o características) en los búferes de un bloque: 8 números más que las filas
    /// del bloque, para que dos columnas no caigan en el mismo conjunto de la caché L1.
    /// </summary>
    public int Stride { get; }

    /// <summary>
    /// Si los bloques completos se leen de X sin copiarlos: con d múltiplo de 4 y si las columnas de X no están
    /// separadas por un múltiplo de 1 KB (entonces las 32 columnas de una tesela competirían por los mismos conjuntos
    /// de la caché). Hace falta además poder pedir el bloque siguiente por adelantado (<see cref="Sse.Prefetch1"/>):
    /// una tesela lee 32 columnas a la vez, y sin esa petición cada una esperaría a la memoria.
    /// </summary>
    public bool ReadsXDirectly { get; }

    public SoftmaxBlockBuffers[] Buffers { get; }

    /// <summary>W traspuesta y rellena: W[j, k] en [j·PaddedClasses + k].</summary>
    public double[] WeightsByRow { get; }

    /// <summary>b relleno; la clase de relleno, si la hay, con −∞.</summary>
    public double[] PaddedBias { get; }

    /// <summary>Por bloque: d·K sumas del gradiente de W, K del sesgo y la de la pérdida.</summary>
    public double[] Partials { get; }

    public int PartialStride => Features * Classes + Classes + 1;

    /// <summary>El gradiente de W (por columnas) que usa el paso.</summary>
    public double[] Gradient { get; }

    /// <summary>El gradiente de b que usa el paso.</summary>
    public double[] GradientBias { get; }

    /// <summary>Copia de las etiquetas cuando no llegan como int[].</summary>
    public int[]? LabelBuffer;

    /// <summary>Copia W (d × K por columnas) y b en <see cref="WeightsByRow"/> y <see cref="PaddedBias"/>.</summary>
    public void LoadParameters(double[] weights, double[] bias)
    {
        int d = Features,
            k = Classes,
            kp = PaddedClasses;
        for (int j = 0; j < d; j++)
        for (int c = 0; c < k; c++)
            WeightsByRow[j * kp + c] = weights[c * d + j];
        bias.CopyTo(PaddedBias, 0);
        if (kp > k)
            PaddedBias[k] = double.NegativeInfinity;
    }
}

/// <summary>Los búferes de un hilo para un bloque de filas, cada uno con columnas separadas por <c>stride</c>.</summary>
internal sealed class SoftmaxBlockBuffers(int paddedFeatures, int paddedClasses, int stride)
{
    /// <summary>Copia del bloque de X (por columnas), cuando no se lee directamente o es el último, incompleto.</summary>
    public double[] Packed { get; } = new double[paddedFeatures * stride];

    /// <summary>Z del bloque (una columna por clase), y después P − Y.</summary>
    public double[] Logits { get; } = new double[paddedClasses * stride];

    /// <summary>La etiqueta de cada fila como double; −1 en las filas de relleno.</summary>
    public double[] Labels { get; } = new double[stride];

    /// <summary>El máximo de cada fila de Z.</summary>
    public double[] RowMax { get; } = new double[stride];

    /// <summary>Σₖ e^(zₖ − máx) de cada fila, y después su inversa (0 en las filas de relleno).</summary>
    public double[] RowSum { get; } = new double[stride];

    /// <summary>z_y de cada fila: el logit de su clase.</summary>
    public double[] Picked { get; } = new double[stride];
}
