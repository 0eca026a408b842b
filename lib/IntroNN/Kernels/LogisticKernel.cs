using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace IntroNN.Kernels;

/// <summary>
/// El paso de la regresión logística sobre el almacenamiento por columnas de X (n × d), por bloques de filas.
/// </summary>
/// <remarks>
/// Capítulo 4c: notebooks/04c-vectorizar.ipynb (la versión vectorizada y por qué es rápida).
/// Para cada bloque de filas: z = X_b·w + b (sumando "wⱼ·columnaⱼ" de cuatro en cuatro columnas), después
/// ŷ − y y la pérdida, y en seguida la aportación X_bᵀ(ŷ − y) al gradiente, mientras el bloque de X sigue en la caché.
/// Así X se lee de memoria una sola vez por paso, que es lo que limita la velocidad con un millón de filas; y mientras
/// se calcula un bloque, <see cref="BlockPrefetcher"/> va trayendo el siguiente, para que la memoria no espere al cálculo
/// ni el cálculo a la memoria.
/// Los bucles llevan <see cref="MethodImplOptions.AggressiveOptimization"/>: el JIT los compila optimizados desde la
/// primera llamada en lugar de empezar por código rápido de compilar y lento de ejecutar («nivel 0») y recompilarlos
/// decenas de llamadas después. Sin eso, en un cuaderno, los primeros pasos con 200 000 × 32 tardaban 60–120 ms en vez
/// de 6–8 (medido en esta máquina), y eran justo los que cronometra el capítulo 4.
/// </remarks>
internal static unsafe class LogisticKernel
{
    /// <summary>z = Xw + b en <paramref name="z"/> (longitud n).</summary>
    public static void Forward(double[] x, int rows, double[] weights, double bias, double[] z)
    {
        var blocks = LogisticWorkspace.BlocksFor(rows, weights.Length);
        blocks.Run(
            blocks.Workers(weights.Length),
            (_, start, length, _) =>
            {
                fixed (double* data = x)
                {
                    var prefetch = BlockPrefetcher.NextBlock(data, rows, weights.Length, start, blocks.BlockRows);
                    Scores(x, rows, weights, bias, start, z.AsSpan(start, length), ref prefetch);
                }
            }
        );
    }

    /// <summary>
    /// Pérdida media (entropía cruzada desde logits) y, si <paramref name="gradient"/> no es null, el gradiente medio
    /// Xᵀ(σ(z) − y)/n en él y Σ(σ(z) − y)/n en <paramref name="gradientBias"/>. Las etiquetas ya están validadas.
    /// </summary>
    public static double LossAndGradient(
        double[] x,
        int rows,
        double[] weights,
        double bias,
        IReadOnlyList<int> labels,
        double[]? gradient,
        out double gradientBias,
        LogisticWorkspace workspace
    )
    {
        int d = weights.Length,
            stride = workspace.PartialStride;
        int[] y = DenseData.Labels(labels, ref workspace.LabelBuffer);
        double[] partials = workspace.Partials;
        bool wantGradient = gradient is not null;

        workspace.Blocks.Run(
            workspace.Workers,
            (block, start, length, worker) =>
            {
                Span<double> z = workspace.Scores[worker].AsSpan(0, length);
                Span<double> partial = partials.AsSpan(block * stride, stride);
                fixed (double* data = x)
                {
                    var prefetch = BlockPrefetcher.NextBlock(data, rows, d, start, workspace.Blocks.BlockRows);
                    Scores(x, rows, weights, bias, start, z, ref prefetch);
                    partial[d + 1] = LossAndResidual(
                        z,
                        y.AsSpan(start, length),
                        workspace.Targets[worker].AsSpan(0, length),
                        out double residualSum,
                        ref prefetch
                    );
                    if (!wantGradient)
                        return;

                    TransposeTimes(x, rows, d, start, z, partial, ref prefetch);
                    partial[d] = residualSum;
                }
            }
        );

        // Suma de los parciales en orden de bloque: resultado independiente del número de hilos.
        double totalLoss = 0,
            totalBias = 0;
        if (gradient is not null)
            Array.Clear(gradient);
        for (int b = 0; b < workspace.Blocks.Count; b++)
        {
            var partial = partials.AsSpan(b * stride, stride);
            totalLoss += partial[d + 1];
            if (gradient is null)
                continue;
            for (int j = 0; j < d; j++)
                gradient[j] += partial[j];
            totalBias += partial[d];
        }
        if (gradient is not null)
            for (int j = 0; j < d; j++)
                gradient[j] /= rows;
        gradientBias = totalBias / rows;
        return totalLoss / rows;
    }

    /// <summary>
    /// Suma de las pérdidas max(z, 0) − z·y + log(1 + e^(−|z|)) del bloque, y deja en <paramref name="z"/> el residuo
    /// σ(z) − y, con σ(z) = 1/(1 + e) si z ≥ 0 y e/(1 + e) si no (e = e^(−|z|) ≤ 1: nada desborda). También devuelve la
    /// suma de los residuos (el gradiente del sesgo). Todo en una pasada sobre z, con <see cref="VectorExp"/> y
    /// <see cref="VectorLog1p"/> dentro del bucle.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double LossAndResidual(
        Span<double> z,
        ReadOnlySpan<int> labels,
        Span<double> y,
        out double residualSum,
        ref BlockPrefetcher prefetch
    )
    {
        SoftmaxRows.Labels(labels, y, y.Length); // como double, para leerlas en vectores

        int width = Vector<double>.Count,
            i = 0;
        double loss = 0;
        residualSum = 0;
        if (Vector512.IsHardwareAccelerated)
            i = LossAndResidualWide(z, y, ref loss, ref residualSum, ref prefetch);
        var zero = Vector<double>.Zero;
        var one = Vector<double>.One;
        var losses = Vector<double>.Zero;
        var residuals = Vector<double>.Zero;
        for (; i <= z.Length - width; i += width)
        {
            prefetch.Next();
            var zv = new Vector<double>(z[i..]);
            var yv = new Vector<double>(y[i..]);
            var ev = VectorExp.Compute(-Vector.Abs(zv));
            losses += Vector.Max(zv, zero) - zv * yv + VectorLog1p.OfUnit(ev);
            var inverse = one / (one + ev);
            var residual = Vector.ConditionalSelect(Vector.GreaterThanOrEqual(zv, zero), inverse, ev * inverse) - yv;
            residuals += residual;
            residual.CopyTo(z[i..]);
        }
        loss += Vector.Sum(losses);
        residualSum += Vector.Sum(residuals);
        for (; i < z.Length; i++)
        {
            double zi = z[i],
                ei = Math.Exp(-Math.Abs(zi));
            loss += Math.Max(zi, 0) - zi * y[i] + VectorLog1p.OfUnit(ei);
            z[i] = (zi >= 0 ? 1 / (1 + ei) : ei / (1 + ei)) - y[i];
            residualSum += z[i];
        }
        return loss;
    }

    /// <summary>
    /// La misma cuenta que <see cref="LossAndResidual"/> con vectores de 8 (AVX-512), que hacen la exponencial y el
    /// logaritmo en la mitad de tiempo (ver <see cref="VectorExp"/>); devuelve hasta qué fila llegó.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LossAndResidualWide(
        Span<double> z,
        ReadOnlySpan<double> y,
        ref double loss,
        ref double residualSum,
        ref BlockPrefetcher prefetch
    )
    {
        ref double zs = ref MemoryMarshal.GetReference(z);
        ref double ys = ref MemoryMarshal.GetReference(y);
        var zero = Vector512<double>.Zero;
        var one = Vector512<double>.One;
        var losses = Vector512<double>.Zero;
        var residuals = Vector512<double>.Zero;
        int i = 0;
        for (; i <= z.Length - Vector512<double>.Count; i += Vector512<double>.Count)
        {
            prefetch.Next();
            nuint at = (nuint)i;
            var zv = Vector512.LoadUnsafe(ref zs, at);
            var yv = Vector512.LoadUnsafe(ref ys, at);
            var ev = VectorExp.Compute(-Vector512.Abs(zv));
            losses += Vector512.Max(zv, zero) - zv * yv + VectorLog1p.OfUnit(ev);
            var inverse = one / (one + ev);
            var residual =
                Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(zv, zero), inverse, ev * inverse) - yv;
            residuals += residual;
            residual.StoreUnsafe(ref zs, at);
        }
        loss += Vector512.Sum(losses);
        residualSum += Vector512.Sum(residuals);
        return i;
    }

    /// <summary>
    /// z = X[inicio.., :]·w + b para las filas del bloque. Cuatro columnas por vuelta: cada zᵢ se lee y escribe una
    /// vez por cada 4 características en lugar de una por característica.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scores(
        double[] x,
        int rows,
        double[] weights,
        double bias,
        int start,
        Span<double> z,
        ref BlockPrefetcher prefetch
    )
    {
        int d = weights.Length,
            length = z.Length,
            width = Vector<double>.Count,
            j = 0;
        int vectorEnd = length - length % width;
        z.Fill(bias);
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x);
        ref double zs = ref MemoryMarshal.GetReference(z);
        for (; j <= d - 4; j += 4)
        {
            Vector<double> w0 = new(weights[j]),
                w1 = new(weights[j + 1]),
                w2 = new(weights[j + 2]),
                w3 = new(weights[j + 3]);
            nuint c0 = (nuint)j * (nuint)rows + (nuint)start,
                c1 = c0 + (nuint)rows,
                c2 = c1 + (nuint)rows,
                c3 = c2 + (nuint)rows;
            for (int i = 0; i < vectorEnd; i += width)
            {
                nuint at = (nuint)i;
                prefetch.Next();
                var a = Vector.LoadUnsafe(ref zs, at);
                a = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c0 + at), w0, a);
                a = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c1 + at), w1, a);
                a = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c2 + at), w2, a);
                a = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c3 + at), w3, a);
                a.StoreUnsafe(ref zs, at);
            }
            for (int i = vectorEnd; i < length; i++)
                z[i] +=
                    x[(int)c0 + i] * weights[j]
                    + x[(int)c1 + i] * weights[j + 1]
                    + x[(int)c2 + i] * weights[j + 2]
                    + x[(int)c3 + i] * weights[j + 3];
        }
        for (; j < d; j++)
            TensorPrimitives.MultiplyAdd(new ReadOnlySpan<double>(x, j * rows + start, length), weights[j], z, z);
    }

    /// <summary>g[j] = Σᵢ X[inicio + i, j]·r[i] para las filas del bloque, cuatro columnas por vuelta (r se lee una vez por cada 4).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TransposeTimes(
        double[] x,
        int rows,
        int d,
        int start,
        ReadOnlySpan<double> r,
        Span<double> g,
        ref BlockPrefetcher prefetch
    )
    {
        int length = r.Length,
            width = Vector<double>.Count,
            j = 0;
        int vectorEnd = length - length % width,
            pairEnd = length - length % (2 * width);
        ref double xs = ref MemoryMarshal.GetArrayDataReference(x);
        ref double rs = ref MemoryMarshal.GetReference(r);
        for (; j <= d - 4; j += 4)
        {
            Vector<double> a0 = default,
                a1 = default,
                a2 = default,
                a3 = default;
            nuint c0 = (nuint)j * (nuint)rows + (nuint)start,
                c1 = c0 + (nuint)rows,
                c2 = c1 + (nuint)rows,
                c3 = c2 + (nuint)rows;
            // Dos vectores de filas por vuelta: 8 sumas independientes en vez de 4, para que cada suma no espere a
            // la multiplicación-suma anterior (4 ciclos) y el procesador pueda hacer dos por ciclo.
            Vector<double> b0 = default,
                b1 = default,
                b2 = default,
                b3 = default;
            int i = 0;
            for (; i < pairEnd; i += 2 * width)
            {
                nuint at = (nuint)i,
                    bt = at + (nuint)width;
                // Dos líneas por vuelta: con una, las vueltas de Scores (d·filas/16 con vectores de 4) y las de este
                // bucle (d·filas/32) pedían solo 3 de cada 4 líneas del bloque siguiente (d·filas/8), y el último
                // cuarto de sus columnas llegaba de memoria cuando ya hacía falta.
                prefetch.Next();
                prefetch.Next();
                var rv = Vector.LoadUnsafe(ref rs, at);
                var rw = Vector.LoadUnsafe(ref rs, bt);
                a0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c0 + at), rv, a0);
                a1 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c1 + at), rv, a1);
                a2 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c2 + at), rv, a2);
                a3 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c3 + at), rv, a3);
                b0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c0 + bt), rw, b0);
                b1 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c1 + bt), rw, b1);
                b2 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c2 + bt), rw, b2);
                b3 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c3 + bt), rw, b3);
            }
            for (; i < vectorEnd; i += width)
            {
                nuint at = (nuint)i;
                var rv = Vector.LoadUnsafe(ref rs, at);
                a0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c0 + at), rv, a0);
                a1 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c1 + at), rv, a1);
                a2 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c2 + at), rv, a2);
                a3 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, c3 + at), rv, a3);
            }
            double s0 = Vector.Sum(a0 + b0),
                s1 = Vector.Sum(a1 + b1),
                s2 = Vector.Sum(a2 + b2),
                s3 = Vector.Sum(a3 + b3);
            for (i = vectorEnd; i < length; i++)
            {
                s0 += x[(int)c0 + i] * r[i];
                s1 += x[(int)c1 + i] * r[i];
                s2 += x[(int)c2 + i] * r[i];
                s3 += x[(int)c3 + i] * r[i];
            }
            g[j] = s0;
            g[j + 1] = s1;
            g[j + 2] = s2;
            g[j + 3] = s3;
        }
        for (; j < d; j++)
            g[j] = TensorPrimitives.Dot(new ReadOnlySpan<double>(x, j * rows + start, length), r);
    }
}
