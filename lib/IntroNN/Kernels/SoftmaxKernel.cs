using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IntroNN;

/// <summary>
/// El paso de la regresión softmax sobre el almacenamiento por columnas de X (n × d) y W (d × K), por bloques de filas.
/// </summary>
/// <remarks>
/// Capítulo 5: notebooks/05-softmax.ipynb.
/// Para cada bloque de filas: Z_b = X_b·W + b, softmax por filas con el máximo restado, pérdida, P − Y y la aportación
/// X_bᵀ(P − Y) al gradiente, mientras el bloque de X sigue en la caché: X se lee de memoria una vez por paso.
/// Los dos productos se hacen con vectores SIMD (<see cref="Vector{T}"/>) que acumulan 4 clases a la vez en
/// registros: así cada número de X leído alimenta 4 multiplicaciones-suma en lugar de una. Las exponenciales, los
/// máximos y los logaritmos van columna a columna con TensorPrimitives.
/// </remarks>
internal static class SoftmaxKernel
{
    /// <summary>Z = XW + b en <paramref name="z"/> (n × K por columnas).</summary>
    public static void Forward(double[] x, int rows, int features, double[] weights, double[] bias, double[] z)
    {
        var blocks = RowBlocks.For(rows, features);
        blocks.Run(blocks.Workers(features), (_, start, length, _) =>
            Scores(x, rows, features, weights, bias, start, length, z.AsSpan(start), rows));
    }

    /// <summary>
    /// Pérdida media (entropía cruzada desde logits) y, si se piden, los gradientes medios Xᵀ(P − Y)/n (d × K por
    /// columnas) y Σᵢ(Pᵢ − Yᵢ)/n. Las etiquetas ya están validadas.
    /// </summary>
    public static double LossAndGradient(double[] x, int rows, int features, double[] weights, double[] bias,
        IReadOnlyList<int> labels, double[]? gradient, double[]? gradientBias, SoftmaxWorkspace workspace)
    {
        int d = features, classes = bias.Length, stride = workspace.PartialStride, blockRows = workspace.Blocks.BlockRows;
        int[] y = DenseData.Labels(labels, ref workspace.LabelBuffer);
        double[] partials = workspace.Partials;
        bool wantGradient = gradient is not null || gradientBias is not null;

        workspace.Blocks.Run(workspace.Workers, (block, start, length, worker) =>
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
            for (int k = 1; k < classes; k++) TensorPrimitives.Max(max, Column(k), max);

            // −log softmax(z)[y] = log Σₖ e^(zₖ − máx) − (z_y − máx): aquí la parte lineal.
            double loss = 0;
            for (int i = 0; i < length; i++) loss -= z[labelsOfBlock[i] * blockRows + i] - max[i];

            for (int k = 0; k < classes; k++)
            {
                TensorPrimitives.Subtract(Column(k), max, Column(k));
                TensorPrimitives.Exp(Column(k), Column(k));
            }
            Column(0).CopyTo(sum);
            for (int k = 1; k < classes; k++) TensorPrimitives.Add(sum, Column(k), sum);
            TensorPrimitives.Log(sum, max); // max ya no hace falta: guarda log Σ
            loss += TensorPrimitives.Sum<double>(max);
            partial[stride - 1] = loss;
            if (!wantGradient) return;

            // P = e^(z − máx) / Σ y después P − Y (restar 1 en la columna de la etiqueta).
            TensorPrimitives.Reciprocal(sum, sum);
            for (int k = 0; k < classes; k++) TensorPrimitives.Multiply(Column(k), sum, Column(k));
            for (int i = 0; i < length; i++) z[labelsOfBlock[i] * blockRows + i] -= 1;

            for (int k = 0; k < classes; k++) partial[d * classes + k] = TensorPrimitives.Sum<double>(Column(k));
            TransposeTimes(x, rows, d, classes, start, length, z, blockRows, partial);
        });

        // Suma de los parciales en orden de bloque: resultado independiente del número de hilos.
        double totalLoss = 0;
        if (gradient is not null) Array.Clear(gradient);
        if (gradientBias is not null) Array.Clear(gradientBias);
        for (int b = 0; b < workspace.Blocks.Count; b++)
        {
            var partial = partials.AsSpan(b * stride, stride);
            totalLoss += partial[stride - 1];
            if (gradient is not null) TensorPrimitives.Add(gradient, partial[..(d * classes)], gradient);
            if (gradientBias is not null) TensorPrimitives.Add(gradientBias, partial.Slice(d * classes, classes), gradientBias);
        }
        if (gradient is not null) TensorPrimitives.Divide(gradient, rows, gradient);
        if (gradientBias is not null) TensorPrimitives.Divide(gradientBias, rows, gradientBias);
        return totalLoss / rows;
    }

    /// <summary>
    /// Z[k·zStride + i] = b[k] + Σⱼ X[inicio + i, j]·W[j, k] para las <paramref name="length"/> filas del bloque.
    /// </summary>
    private static void Scores(double[] x, int rows, int d, double[] w, double[] bias, int start, int length,
        Span<double> z, int zStride)
    {
        int classes = bias.Length, width = Vector<double>.Count, i = 0;
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x);
        ref double zs = ref MemoryMarshal.GetReference(z);
        ref double ws = ref MemoryMarshal.GetArrayDataReference(w);
        for (; i <= length - width; i += width)
        {
            nuint row = (nuint)(start + i);
            int k = 0;
            for (; k <= classes - 4; k += 4)
            {
                Vector<double> a0 = new(bias[k]), a1 = new(bias[k + 1]), a2 = new(bias[k + 2]), a3 = new(bias[k + 3]);
                int c0 = k * d, c1 = c0 + d, c2 = c1 + d, c3 = c2 + d;
                for (int j = 0; j < d; j++)
                {
                    var xv = Vector.LoadUnsafe(ref xs, (nuint)j * (nuint)rows + row);
                    a0 = Vector.FusedMultiplyAdd(xv, new Vector<double>(Unsafe.Add(ref ws, c0 + j)), a0);
                    a1 = Vector.FusedMultiplyAdd(xv, new Vector<double>(Unsafe.Add(ref ws, c1 + j)), a1);
                    a2 = Vector.FusedMultiplyAdd(xv, new Vector<double>(Unsafe.Add(ref ws, c2 + j)), a2);
                    a3 = Vector.FusedMultiplyAdd(xv, new Vector<double>(Unsafe.Add(ref ws, c3 + j)), a3);
                }
                a0.StoreUnsafe(ref zs, (nuint)(k * zStride + i));
                a1.StoreUnsafe(ref zs, (nuint)((k + 1) * zStride + i));
                a2.StoreUnsafe(ref zs, (nuint)((k + 2) * zStride + i));
                a3.StoreUnsafe(ref zs, (nuint)((k + 3) * zStride + i));
            }
            for (; k < classes; k++)
            {
                Vector<double> a = new(bias[k]);
                int c = k * d;
                for (int j = 0; j < d; j++)
                    a = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, (nuint)j * (nuint)rows + row), new Vector<double>(Unsafe.Add(ref ws, c + j)), a);
                a.StoreUnsafe(ref zs, (nuint)(k * zStride + i));
            }
        }
        for (; i < length; i++) // las filas que no llenan un vector
            for (int k = 0; k < classes; k++)
            {
                double a = bias[k];
                for (int j = 0; j < d; j++) a = Math.FusedMultiplyAdd(x[j * rows + start + i], w[k * d + j], a);
                z[k * zStride + i] = a;
            }
    }

    /// <summary>
    /// G[k·d + j] = Σᵢ X[inicio + i, j]·R[k·rStride + i]: la aportación del bloque a Xᵀ(P − Y), 4 clases a la vez.
    /// </summary>
    private static void TransposeTimes(double[] x, int rows, int d, int classes, int start, int length,
        ReadOnlySpan<double> r, int rStride, Span<double> g)
    {
        int width = Vector<double>.Count;
        int vectorEnd = length - length % width;
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x);
        ref double rs = ref MemoryMarshal.GetReference(r);
        for (int j = 0; j < d; j++)
        {
            nuint column = (nuint)j * (nuint)rows + (nuint)start;
            int k = 0;
            for (; k <= classes - 4; k += 4)
            {
                Vector<double> a0 = default, a1 = default, a2 = default, a3 = default;
                nuint r0 = (nuint)(k * rStride), r1 = r0 + (nuint)rStride, r2 = r1 + (nuint)rStride, r3 = r2 + (nuint)rStride;
                for (int i = 0; i < vectorEnd; i += width)
                {
                    var xv = Vector.LoadUnsafe(ref xs, column + (nuint)i);
                    a0 = Vector.FusedMultiplyAdd(xv, Vector.LoadUnsafe(ref rs, r0 + (nuint)i), a0);
                    a1 = Vector.FusedMultiplyAdd(xv, Vector.LoadUnsafe(ref rs, r1 + (nuint)i), a1);
                    a2 = Vector.FusedMultiplyAdd(xv, Vector.LoadUnsafe(ref rs, r2 + (nuint)i), a2);
                    a3 = Vector.FusedMultiplyAdd(xv, Vector.LoadUnsafe(ref rs, r3 + (nuint)i), a3);
                }
                double s0 = Vector.Sum(a0), s1 = Vector.Sum(a1), s2 = Vector.Sum(a2), s3 = Vector.Sum(a3);
                for (int i = vectorEnd; i < length; i++)
                {
                    double xi = x[(int)column + i];
                    s0 += xi * r[(int)r0 + i];
                    s1 += xi * r[(int)r1 + i];
                    s2 += xi * r[(int)r2 + i];
                    s3 += xi * r[(int)r3 + i];
                }
                g[k * d + j] = s0;
                g[(k + 1) * d + j] = s1;
                g[(k + 2) * d + j] = s2;
                g[(k + 3) * d + j] = s3;
            }
            for (; k < classes; k++)
                g[k * d + j] = TensorPrimitives.Dot(new ReadOnlySpan<double>(x, (int)column, length), r.Slice(k * rStride, length));
        }
    }
}
