using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IntroNN.Kernels;

/// <summary>
/// El paso de la regresión softmax sobre el almacenamiento por columnas de X (n × d) y W (d × K), por bloques de filas.
/// </summary>
/// <remarks>
/// Capítulo 5: notebooks/05-softmax.ipynb.
/// Para cada bloque de filas: Z_b = X_b·W + b, softmax por filas con el máximo restado, pérdida, P − Y y la aportación
/// X_bᵀ(P − Y) al gradiente, mientras el bloque de X sigue en la caché: X se lee de memoria una vez por paso.
/// Los dos productos se hacen con vectores SIMD (<see cref="Vector{T}"/>) que acumulan 4 clases a la vez en
/// registros: así cada número de X leído alimenta 4 multiplicaciones-suma en lugar de una, y 8 acumuladores
/// independientes mantienen ocupadas las unidades de cálculo. Los máximos y los logaritmos
/// van columna a columna con TensorPrimitives; las exponenciales, con <see cref="VectorExp"/>.
/// </remarks>
internal static class SoftmaxKernel
{
    /// <summary>Z = XW + b en <paramref name="z"/> (n × K por columnas).</summary>
    public static void Forward(double[] x, int rows, int features, double[] weights, double[] bias, double[] z)
    {
        int classes = bias.Length;
        var blocks = RowBlocks.For(rows, features, maxBlockRows: Math.Max(64, 16384 / classes));
        int workers = blocks.Workers(features);
        var scratch = new double[workers][];
        for (int w = 0; w < workers; w++)
            scratch[w] = new double[blocks.BlockRows * classes];
        blocks.Run(
            workers,
            (_, start, length, worker) =>
            {
                // Se calcula en un búfer pequeño y se copia: escribir directamente en las columnas de Z, de n números
                // cada una, las recorrería d/2 veces.
                Scores(x, rows, features, weights, bias, start, length, scratch[worker], blocks.BlockRows);
                for (int k = 0; k < classes; k++)
                    scratch[worker].AsSpan(k * blocks.BlockRows, length).CopyTo(z.AsSpan(k * rows + start, length));
            }
        );
    }

    /// <summary>
    /// Pérdida media (entropía cruzada desde logits) y, si se piden, los gradientes medios Xᵀ(P − Y)/n (d × K por
    /// columnas) y Σᵢ(Pᵢ − Yᵢ)/n. Las etiquetas ya están validadas.
    /// </summary>
    public static double LossAndGradient(
        double[] x,
        int rows,
        int features,
        double[] weights,
        double[] bias,
        IReadOnlyList<int> labels,
        double[]? gradient,
        double[]? gradientBias,
        SoftmaxWorkspace workspace
    )
    {
        int d = features,
            classes = bias.Length,
            stride = workspace.PartialStride,
            blockRows = workspace.Blocks.BlockRows;
        int[] y = DenseData.Labels(labels, ref workspace.LabelBuffer);
        double[] partials = workspace.Partials;
        bool wantGradient = gradient is not null || gradientBias is not null;

        workspace.Blocks.Run(
            workspace.Workers,
            (block, start, length, worker) =>
            {
                double[] scores = workspace.Scores[worker];
                Span<double> z = scores;
                Span<double> max = workspace.RowMax[worker].AsSpan(0, length);
                Span<double> sum = workspace.RowSum[worker].AsSpan(0, length);
                Span<double> partial = partials.AsSpan(block * stride, stride);
                ReadOnlySpan<int> labelsOfBlock = y.AsSpan(start, length);
                Span<double> Column(int k) => scores.AsSpan(k * blockRows, length);

                Scores(x, rows, d, weights, bias, start, length, z, blockRows);

                // Máximo de cada fila, para restarlo antes de exponenciar.
                Column(0).CopyTo(max);
                for (int k = 1; k < classes; k++)
                    TensorPrimitives.Max(max, Column(k), max);

                // −log softmax(z)[y] = log Σₖ e^(zₖ − máx) − (z_y − máx): aquí la parte lineal.
                double loss = 0;
                for (int i = 0; i < length; i++)
                    loss -= z[labelsOfBlock[i] * blockRows + i] - max[i];

                for (int k = 0; k < classes; k++)
                {
                    TensorPrimitives.Subtract(Column(k), max, Column(k));
                    VectorExp.InPlace(Column(k));
                }
                Column(0).CopyTo(sum);
                for (int k = 1; k < classes; k++)
                    TensorPrimitives.Add(sum, Column(k), sum);
                TensorPrimitives.Log(sum, max); // max ya no hace falta: guarda log Σ
                loss += TensorPrimitives.Sum<double>(max);
                partial[stride - 1] = loss;
                if (!wantGradient)
                    return;

                // P = e^(z − máx) / Σ y después P − Y (restar 1 en la columna de la etiqueta).
                TensorPrimitives.Reciprocal(sum, sum);
                for (int k = 0; k < classes; k++)
                    TensorPrimitives.Multiply(Column(k), sum, Column(k));
                for (int i = 0; i < length; i++)
                    z[labelsOfBlock[i] * blockRows + i] -= 1;

                for (int k = 0; k < classes; k++)
                    partial[d * classes + k] = TensorPrimitives.Sum<double>(Column(k));
                TransposeTimes(x, rows, d, classes, start, length, z, blockRows, partial);
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
            var partial = partials.AsSpan(b * stride, stride);
            totalLoss += partial[stride - 1];
            if (gradient is not null)
                TensorPrimitives.Add(gradient, partial[..(d * classes)], gradient);
            if (gradientBias is not null)
                TensorPrimitives.Add(gradientBias, partial.Slice(d * classes, classes), gradientBias);
        }
        if (gradient is not null)
            TensorPrimitives.Divide(gradient, rows, gradient);
        if (gradientBias is not null)
            TensorPrimitives.Divide(gradientBias, rows, gradientBias);
        return totalLoss / rows;
    }

    /// <summary>
    /// Z[k·zStride + i] = b[k] + Σⱼ X[inicio + i, j]·W[j, k] para las <paramref name="length"/> filas del bloque.
    /// </summary>
    /// <remarks>
    /// Recorre X de dos en dos columnas, hacia abajo, y por cada par actualiza 4 columnas de Z a la vez. La
    /// alternativa, ir fila a fila saltando entre las d columnas con todas las clases en registros, depende de n: si
    /// n es múltiplo de 512, las columnas (separadas n·8 bytes) caen todas en el mismo conjunto de la caché L1 y se
    /// expulsan unas a otras. Medido (un hilo, d = 32, K = 10): con n = 2²⁰ eso tardaba 140 ns por fila y esto 51;
    /// con n = 10⁶, 70–80 frente a 55–75.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // optimizado desde la primera llamada: ver LogisticKernel
    private static void Scores(
        double[] x,
        int rows,
        int d,
        double[] w,
        double[] bias,
        int start,
        int length,
        Span<double> z,
        int zStride
    )
    {
        int classes = bias.Length,
            width = Vector<double>.Count,
            j = 0;
        int vectorEnd = length - length % width;
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x);
        ref double zs = ref MemoryMarshal.GetReference(z);
        for (int k = 0; k < classes; k++)
            z.Slice(k * zStride, length).Fill(bias[k]);
        for (; j <= d - 2; j += 2)
        {
            nuint column = (nuint)j * (nuint)rows + (nuint)start,
                nextColumn = column + (nuint)rows;
            int k = 0;
            for (; k <= classes - 4; k += 4)
            {
                Vector<double> p0 = new(w[k * d + j]),
                    q0 = new(w[k * d + j + 1]);
                Vector<double> p1 = new(w[(k + 1) * d + j]),
                    q1 = new(w[(k + 1) * d + j + 1]);
                Vector<double> p2 = new(w[(k + 2) * d + j]),
                    q2 = new(w[(k + 2) * d + j + 1]);
                Vector<double> p3 = new(w[(k + 3) * d + j]),
                    q3 = new(w[(k + 3) * d + j + 1]);
                nuint z0 = (nuint)(k * zStride),
                    z1 = z0 + (nuint)zStride,
                    z2 = z1 + (nuint)zStride,
                    z3 = z2 + (nuint)zStride;
                for (int i = 0; i < vectorEnd; i += width)
                {
                    nuint at = (nuint)i;
                    var xa = Vector.LoadUnsafe(ref xs, column + at);
                    var xb = Vector.LoadUnsafe(ref xs, nextColumn + at);
                    AddTwo(ref zs, z0 + at, xa, p0, xb, q0);
                    AddTwo(ref zs, z1 + at, xa, p1, xb, q1);
                    AddTwo(ref zs, z2 + at, xa, p2, xb, q2);
                    AddTwo(ref zs, z3 + at, xa, p3, xb, q3);
                }
                for (int i = vectorEnd; i < length; i++)
                for (int q = 0; q < 4; q++)
                    z[(k + q) * zStride + i] +=
                        x[(int)column + i] * w[(k + q) * d + j] + x[(int)nextColumn + i] * w[(k + q) * d + j + 1];
            }
            for (; k < classes; k++)
            {
                var zk = z.Slice(k * zStride, length);
                TensorPrimitives.MultiplyAdd(new ReadOnlySpan<double>(x, (int)column, length), w[k * d + j], zk, zk);
                TensorPrimitives.MultiplyAdd(
                    new ReadOnlySpan<double>(x, (int)nextColumn, length),
                    w[k * d + j + 1],
                    zk,
                    zk
                );
            }
        }
        for (; j < d; j++) // la última columna si d es impar
        for (int k = 0; k < classes; k++)
        {
            var zk = z.Slice(k * zStride, length);
            TensorPrimitives.MultiplyAdd(new ReadOnlySpan<double>(x, j * rows + start, length), w[k * d + j], zk, zk);
        }
    }

    /// <summary>z[at..] += xa·wa + xb·wb, un vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTwo(
        ref double z,
        nuint at,
        Vector<double> xa,
        Vector<double> wa,
        Vector<double> xb,
        Vector<double> wb
    ) =>
        Vector
            .FusedMultiplyAdd(xb, wb, Vector.FusedMultiplyAdd(xa, wa, Vector.LoadUnsafe(ref z, at)))
            .StoreUnsafe(ref z, at);

    /// <summary>
    /// G[k·d + j] = Σᵢ X[inicio + i, j]·R[k·rStride + i]: la aportación del bloque a Xᵀ(P − Y).
    /// </summary>
    /// <remarks>Por vuelta, 2 columnas de X × 4 clases = 8 acumuladores (ver <see cref="Scores"/>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // optimizado desde la primera llamada: ver LogisticKernel
    private static void TransposeTimes(
        double[] x,
        int rows,
        int d,
        int classes,
        int start,
        int length,
        ReadOnlySpan<double> r,
        int rStride,
        Span<double> g
    )
    {
        int width = Vector<double>.Count,
            j = 0;
        int vectorEnd = length - length % width;
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x);
        ref double rs = ref MemoryMarshal.GetReference(r);
        for (; j <= d - 2; j += 2)
        {
            nuint column = (nuint)j * (nuint)rows + (nuint)start,
                nextColumn = column + (nuint)rows;
            int k = 0;
            for (; k <= classes - 4; k += 4)
            {
                Vector<double> a0 = default,
                    a1 = default,
                    a2 = default,
                    a3 = default;
                Vector<double> b0 = default,
                    b1 = default,
                    b2 = default,
                    b3 = default;
                nuint r0 = (nuint)(k * rStride),
                    r1 = r0 + (nuint)rStride,
                    r2 = r1 + (nuint)rStride,
                    r3 = r2 + (nuint)rStride;
                for (int i = 0; i < vectorEnd; i += width)
                {
                    nuint at = (nuint)i;
                    var xa = Vector.LoadUnsafe(ref xs, column + at);
                    var xb = Vector.LoadUnsafe(ref xs, nextColumn + at);
                    var v0 = Vector.LoadUnsafe(ref rs, r0 + at);
                    var v1 = Vector.LoadUnsafe(ref rs, r1 + at);
                    var v2 = Vector.LoadUnsafe(ref rs, r2 + at);
                    var v3 = Vector.LoadUnsafe(ref rs, r3 + at);
                    a0 = Vector.FusedMultiplyAdd(xa, v0, a0);
                    b0 = Vector.FusedMultiplyAdd(xb, v0, b0);
                    a1 = Vector.FusedMultiplyAdd(xa, v1, a1);
                    b1 = Vector.FusedMultiplyAdd(xb, v1, b1);
                    a2 = Vector.FusedMultiplyAdd(xa, v2, a2);
                    b2 = Vector.FusedMultiplyAdd(xb, v2, b2);
                    a3 = Vector.FusedMultiplyAdd(xa, v3, a3);
                    b3 = Vector.FusedMultiplyAdd(xb, v3, b3);
                }
                Span<double> sa = [Vector.Sum(a0), Vector.Sum(a1), Vector.Sum(a2), Vector.Sum(a3)];
                Span<double> sb = [Vector.Sum(b0), Vector.Sum(b1), Vector.Sum(b2), Vector.Sum(b3)];
                for (int i = vectorEnd; i < length; i++)
                {
                    double xa = x[(int)column + i],
                        xb = x[(int)nextColumn + i];
                    for (int q = 0; q < 4; q++)
                    {
                        double rq = r[(k + q) * rStride + i];
                        sa[q] += xa * rq;
                        sb[q] += xb * rq;
                    }
                }
                for (int q = 0; q < 4; q++)
                {
                    g[(k + q) * d + j] = sa[q];
                    g[(k + q) * d + j + 1] = sb[q];
                }
            }
            for (; k < classes; k++)
            {
                var rk = r.Slice(k * rStride, length);
                g[k * d + j] = TensorPrimitives.Dot(new ReadOnlySpan<double>(x, (int)column, length), rk);
                g[k * d + j + 1] = TensorPrimitives.Dot(new ReadOnlySpan<double>(x, (int)nextColumn, length), rk);
            }
        }
        for (; j < d; j++) // la última columna si d es impar
        for (int k = 0; k < classes; k++)
            g[k * d + j] = TensorPrimitives.Dot(
                new ReadOnlySpan<double>(x, j * rows + start, length),
                r.Slice(k * rStride, length)
            );
    }
}
