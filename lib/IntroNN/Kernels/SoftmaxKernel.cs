namespace IntroNN.Kernels;

/// <summary>
/// El paso de la regresión softmax sobre el almacenamiento por columnas de X (n × d) y W (d × K), por bloques de filas.
/// </summary>
/// <remarks>
/// Capítulo 5: notebooks/05-softmax.ipynb.
/// Para cada bloque de filas, mientras sigue en la caché: Z = X·W + b y su máximo por fila (<see cref="LogitTiles"/>),
/// la pérdida y P − Y (<see cref="SoftmaxRows"/>) y la aportación Xᵀ(P − Y) al gradiente
/// (<see cref="GradientPanels"/>); entretanto, <see cref="BlockPrefetcher"/> trae de memoria el bloque siguiente. X se
/// lee de memoria una vez por paso y las cuentas (unos 1.3 GFLOP con 10⁶ × 32 y K = 10) se hacen con los datos en
/// registros: es el cálculo, no la memoria, lo que limita este paso.
/// </remarks>
internal static unsafe class SoftmaxKernel
{
    /// <summary>Z = XW + b en <paramref name="z"/> (n × K por columnas).</summary>
    public static void Forward(double[] x, int rows, int features, double[] weights, double[] bias, double[] z)
    {
        var workspace = new SoftmaxWorkspace(rows, features, bias.Length);
        workspace.LoadParameters(weights, bias);
        workspace.Blocks.Run(
            workspace.Workers,
            (_, start, length, worker) =>
            {
                var buffers = workspace.Buffers[worker];
                fixed (double* data = x)
                {
                    var prefetch = NextBlock(data, start, workspace);
                    Logits(x, start, length, workspace, buffers, ref prefetch);
                }
                for (int k = 0; k < bias.Length; k++)
                    buffers.Logits.AsSpan(k * workspace.Stride, length).CopyTo(z.AsSpan(k * rows + start, length));
            }
        );
    }

    /// <summary>
    /// Pérdida media (entropía cruzada desde logits) y, si se piden, los gradientes medios Xᵀ(P − Y)/n (d × K por
    /// columnas) y Σᵢ(Pᵢ − Yᵢ)/n. Las etiquetas ya están validadas.
    /// </summary>
    public static double LossAndGradient(
        double[] x,
        double[] weights,
        double[] bias,
        IReadOnlyList<int> labels,
        double[]? gradient,
        double[]? gradientBias,
        SoftmaxWorkspace workspace
    )
    {
        int d = workspace.Features,
            classes = workspace.Classes,
            stride = workspace.PartialStride;
        int[] y = DenseData.Labels(labels, ref workspace.LabelBuffer);
        bool wantGradient = gradient is not null || gradientBias is not null;
        workspace.LoadParameters(weights, bias);

        workspace.Blocks.Run(
            workspace.Workers,
            (block, start, length, worker) =>
            {
                var partial = workspace.Partials.AsSpan(block * stride, stride);
                var buffers = workspace.Buffers[worker];
                fixed (double* data = x)
                {
                    var prefetch = NextBlock(data, start, workspace);
                    var (columns, paddedRows) = Logits(x, start, length, workspace, buffers, ref prefetch);
                    SoftmaxRows.Labels(y.AsSpan(start, length), buffers.Labels, paddedRows);
                    partial[^1] = SoftmaxRows.LossAndResiduals(
                        buffers.Logits,
                        workspace.Stride,
                        classes,
                        paddedRows,
                        buffers,
                        partial.Slice(d * classes, classes)
                    );
                    if (wantGradient)
                        BlockGradient(columns, paddedRows, workspace, buffers, partial, ref prefetch);
                }
            }
        );

        // Suma de los parciales en orden de bloque: resultado independiente del número de hilos.
        double totalLoss = 0;
        if (gradient is not null)
            Array.Clear(gradient);
        if (gradientBias is not null)
            Array.Clear(gradientBias);
        for (int b = 0; b < workspace.Blocks.Count; b++)
        {
            var partial = workspace.Partials.AsSpan(b * stride, stride);
            totalLoss += partial[^1];
            if (gradient is not null)
                for (int i = 0; i < d * classes; i++)
                    gradient[i] += partial[i];
            if (gradientBias is not null)
                for (int k = 0; k < classes; k++)
                    gradientBias[k] += partial[d * classes + k];
        }
        int n = workspace.Rows;
        if (gradient is not null)
            for (int i = 0; i < gradient.Length; i++)
                gradient[i] /= n;
        if (gradientBias is not null)
            for (int k = 0; k < classes; k++)
                gradientBias[k] /= n;
        return totalLoss / n;
    }

    private static BlockPrefetcher NextBlock(double* x, int start, SoftmaxWorkspace workspace) =>
        BlockPrefetcher.NextBlock(x, workspace.Rows, workspace.Features, start, workspace.Blocks.BlockRows);

    /// <summary>
    /// Z del bloque en <c>buffers.Logits</c> y su máximo por fila; devuelve dónde quedaron sus columnas de X y cuántas
    /// filas (las de verdad más el relleno hasta un múltiplo de <see cref="LogitTiles.Rows"/>) hay que recorrer.
    /// </summary>
    private static (BlockColumns Columns, int PaddedRows) Logits(
        double[] x,
        int start,
        int length,
        SoftmaxWorkspace workspace,
        SoftmaxBlockBuffers buffers,
        ref BlockPrefetcher prefetch
    )
    {
        int rows = workspace.Rows,
            paddedRows = (length + LogitTiles.Rows - 1) / LogitTiles.Rows * LogitTiles.Rows;
        var columns =
            workspace.ReadsXDirectly && length == workspace.Blocks.BlockRows
                ? BlockColumns.InPlace(x, rows, start)
                : BlockColumns.Packed(
                    x,
                    rows,
                    workspace.Features,
                    start,
                    length,
                    paddedRows,
                    buffers.Packed,
                    workspace.Stride
                );
        var (weights, bias) = (workspace.WeightsByRow, workspace.PaddedBias);
        int stride = workspace.Stride,
            features = workspace.PaddedFeatures,
            k = 0;
        for (; k + 4 <= workspace.PaddedClasses; k += 4)
            LogitTiles.Four(
                columns,
                features,
                paddedRows,
                weights,
                bias,
                k,
                buffers.Logits,
                stride,
                buffers.RowMax,
                ref prefetch
            );
        if (k < workspace.PaddedClasses)
            LogitTiles.Two(
                columns,
                features,
                paddedRows,
                weights,
                bias,
                k,
                buffers.Logits,
                stride,
                buffers.RowMax,
                ref prefetch
            );
        return (columns, paddedRows);
    }

    /// <summary>Xᵀ(P − Y) del bloque, con P − Y ya en <c>buffers.Logits</c>, en <paramref name="partial"/>.</summary>
    private static void BlockGradient(
        BlockColumns columns,
        int paddedRows,
        SoftmaxWorkspace workspace,
        SoftmaxBlockBuffers buffers,
        Span<double> partial,
        ref BlockPrefetcher prefetch
    )
    {
        int d = workspace.Features,
            classes = workspace.Classes,
            stride = workspace.Stride;
        var residuals = buffers.Logits;
        if (workspace.PaddedClasses > classes)
            residuals.AsSpan(classes * stride, paddedRows).Clear(); // la clase de relleno: R = 0
        Span<double> g = stackalloc double[16];
        for (int j = 0; j < workspace.PaddedFeatures; j += 4)
        for (int k = 0; k < workspace.PaddedClasses; k += 4)
        {
            int group = Math.Min(4, workspace.PaddedClasses - k);
            if (group == 4)
                GradientPanels.Four(columns, paddedRows, j, residuals, stride, k, g, ref prefetch);
            else
                GradientPanels.Two(columns, paddedRows, j, residuals, stride, k, g, ref prefetch);
            for (int c = k; c < Math.Min(k + group, classes); c++)
            for (int i = j; i < Math.Min(j + 4, d); i++)
                partial[c * d + i] = g[4 * (c - k) + i - j];
        }
    }
}
