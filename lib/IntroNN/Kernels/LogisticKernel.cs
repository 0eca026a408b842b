using System.Numerics;
using System.Numerics.Tensors;

namespace IntroNN;

/// <summary>
/// El paso de la regresión logística sobre el almacenamiento por columnas de X (n × d), por bloques de filas.
/// </summary>
/// <remarks>
/// Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb (la versión vectorizada y por qué es rápida).
/// Para cada bloque de filas: z = X_b·w + b (d operaciones "z += wⱼ·columnaⱼ" de TensorPrimitives), después
/// ŷ − y y la pérdida, y en seguida la aportación X_bᵀ(ŷ − y) al gradiente, mientras el bloque de X sigue en la caché.
/// Así X se lee de memoria una sola vez por paso, que es lo que limita la velocidad con un millón de filas.
/// </remarks>
internal static class LogisticKernel
{
    /// <summary>z = Xw + b en <paramref name="z"/> (longitud n).</summary>
    public static void Forward(double[] x, int rows, double[] weights, double bias, double[] z)
    {
        var blocks = RowBlocks.For(rows, weights.Length);
        blocks.Run(blocks.Workers(weights.Length), (_, start, length, _) =>
            Scores(x, rows, weights, bias, start, z.AsSpan(start, length)));
    }

    /// <summary>
    /// Pérdida media (entropía cruzada desde logits) y, si <paramref name="gradient"/> no es null, el gradiente medio
    /// Xᵀ(σ(z) − y)/n en él y Σ(σ(z) − y)/n en <paramref name="gradientBias"/>. Las etiquetas ya están validadas.
    /// </summary>
    public static double LossAndGradient(double[] x, int rows, double[] weights, double bias, IReadOnlyList<int> labels,
        double[]? gradient, out double gradientBias, LogisticWorkspace workspace)
    {
        int d = weights.Length, stride = workspace.PartialStride;
        int[] y = DenseData.Labels(labels, ref workspace.LabelBuffer);
        double[] partials = workspace.Partials;
        bool wantGradient = gradient is not null;

        workspace.Blocks.Run(workspace.Workers, (block, start, length, worker) =>
        {
            Span<double> z = workspace.Scores[worker].AsSpan(0, length);
            Span<double> e = workspace.Exponentials[worker].AsSpan(0, length);
            Span<double> softplus = workspace.Softplus[worker].AsSpan(0, length);
            Span<double> partial = partials.AsSpan(block * stride, stride);

            Scores(x, rows, weights, bias, start, z);

            // e = e^(−|z|) ≤ 1 y softplus = log(1 + e): las dos piezas estables de σ(z) y de la pérdida.
            TensorPrimitives.Abs(z, e);
            TensorPrimitives.Negate(e, e);
            TensorPrimitives.Exp(e, e);
            TensorPrimitives.LogP1(e, softplus);

            Span<double> target = workspace.Targets[worker].AsSpan(0, length);
            TensorPrimitives.ConvertChecked<int, double>(y.AsSpan(start, length), target);
            double loss = LossAndResidual(z, e, softplus, target);
            partial[d + 1] = loss;
            if (!wantGradient) return;

            for (int j = 0; j < d; j++)
                partial[j] = TensorPrimitives.Dot(new ReadOnlySpan<double>(x, j * rows + start, length), z);
            partial[d] = TensorPrimitives.Sum<double>(z);
        });

        // Suma de los parciales en orden de bloque: resultado independiente del número de hilos.
        double totalLoss = 0, totalBias = 0;
        if (gradient is not null) Array.Clear(gradient);
        for (int b = 0; b < workspace.Blocks.Count; b++)
        {
            var partial = partials.AsSpan(b * stride, stride);
            totalLoss += partial[d + 1];
            if (gradient is null) continue;
            for (int j = 0; j < d; j++) gradient[j] += partial[j];
            totalBias += partial[d];
        }
        if (gradient is not null)
            for (int j = 0; j < d; j++) gradient[j] /= rows;
        gradientBias = totalBias / rows;
        return totalLoss / rows;
    }

    /// <summary>
    /// Suma de las pérdidas max(z, 0) − z·y + log(1 + e^(−|z|)) del bloque, y deja en <paramref name="z"/> el residuo
    /// σ(z) − y, con σ(z) = 1/(1 + e) si z ≥ 0 y e/(1 + e) si no (e = e^(−|z|) ≤ 1: nada desborda).
    /// </summary>
    private static double LossAndResidual(Span<double> z, ReadOnlySpan<double> e, ReadOnlySpan<double> softplus, ReadOnlySpan<double> y)
    {
        int width = Vector<double>.Count, i = 0;
        var zero = Vector<double>.Zero;
        var one = Vector<double>.One;
        var losses = Vector<double>.Zero;
        for (; i <= z.Length - width; i += width)
        {
            var zv = new Vector<double>(z[i..]);
            var ev = new Vector<double>(e[i..]);
            var yv = new Vector<double>(y[i..]);
            losses += Vector.Max(zv, zero) - zv * yv + new Vector<double>(softplus[i..]);
            var inverse = one / (one + ev);
            var sigmoid = Vector.ConditionalSelect(Vector.GreaterThanOrEqual(zv, zero), inverse, ev * inverse);
            (sigmoid - yv).CopyTo(z[i..]);
        }
        double loss = Vector.Sum(losses);
        for (; i < z.Length; i++)
        {
            double zi = z[i], ei = e[i];
            loss += Math.Max(zi, 0) - zi * y[i] + softplus[i];
            z[i] = (zi >= 0 ? 1 / (1 + ei) : ei / (1 + ei)) - y[i];
        }
        return loss;
    }

    /// <summary>z = X[inicio.., :]·w + b para las filas del bloque: una pasada "z += wⱼ·columnaⱼ" por característica.</summary>
    private static void Scores(double[] x, int rows, double[] weights, double bias, int start, Span<double> z)
    {
        z.Fill(bias);
        for (int j = 0; j < weights.Length; j++)
            TensorPrimitives.MultiplyAdd(new ReadOnlySpan<double>(x, j * rows + start, z.Length), weights[j], z, z);
    }
}
