using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

public static partial class Activations
{
    /// <summary>
    /// Softmax: softmax(z)ₖ = e^(zₖ) / Σⱼ e^(zⱼ). Convierte K puntuaciones (logits) en K probabilidades que suman 1.
    /// </summary>
    /// <remarks>
    /// Capítulo 5: notebooks/05-softmax.ipynb.
    /// Resta el máximo antes de exponenciar: softmax(z) = softmax(z − c) para cualquier constante c, y con c = max(z)
    /// el mayor exponente es 0, así que e^(…) nunca desborda. (El <c>TensorPrimitives.SoftMax</c> de .NET no resta el
    /// máximo: con logits de 1000 da NaN.)
    /// Con infinitos da el límite: softmax(1, ∞) = (0, 1), y si hay varios ∞ se reparten la probabilidad a partes
    /// iguales; un −∞ da probabilidad 0. Sin límite (algún NaN, o todos −∞: 0/0) lanza una excepción que lo dice.
    /// </remarks>
    public static Vector<double> Softmax(Vector<double> logits) => MapVector(logits, SoftmaxInPlace);

    /// <summary>Softmax por filas: cada fila (una muestra) se convierte en K probabilidades que suman 1.</summary>
    /// <remarks>Capítulo 5: notebooks/05-softmax.ipynb. Filas = muestras, columnas = clases. Los mismos límites que con un vector.</remarks>
    public static Matrix<double> Softmax(Matrix<double> logits)
    {
        Guard.NotEmpty(logits, nameof(logits));
        return MapRows(logits, SoftmaxInPlace);
    }

    /// <summary>
    /// Log-softmax: log softmax(z)ₖ = zₖ − m − log Σⱼ e^(zⱼ − m), con m = max(z).
    /// </summary>
    /// <remarks>
    /// Capítulo 5: notebooks/05-softmax.ipynb.
    /// Calcularlo así (y no como log(softmax(z))) evita log(0) = −∞ cuando una probabilidad redondea a 0:
    /// es lo que usa la entropía cruzada categórica. Con infinitos da el límite, el logaritmo del de
    /// <see cref="Softmax(Vector{double})"/>: log(0, 1) = (−∞, 0); con m valores ∞, −log m para cada uno.
    /// </remarks>
    public static Vector<double> LogSoftmax(Vector<double> logits) => MapVector(logits, LogSoftmaxInPlace);

    /// <summary>Log-softmax por filas (filas = muestras, columnas = clases).</summary>
    /// <remarks>Capítulo 5: notebooks/05-softmax.ipynb.</remarks>
    public static Matrix<double> LogSoftmax(Matrix<double> logits)
    {
        Guard.NotEmpty(logits, nameof(logits));
        return MapRows(logits, LogSoftmaxInPlace);
    }

    /// <summary>Softmax de una fila ya comprobada (sin NaN y con algún valor mayor que −∞).</summary>
    internal static void SoftmaxInPlace(Span<double> z)
    {
        int infinite = z.Count(double.PositiveInfinity);
        if (infinite > 0)
        {
            // El límite: la probabilidad se reparte entre los ∞; los demás, comparados con ∞, valen 0.
            for (int k = 0; k < z.Length; k++)
                z[k] = double.IsPositiveInfinity(z[k]) ? 1.0 / infinite : 0;
            return;
        }
        double max = MaxOf(z);
        double sum = 0;
        for (int k = 0; k < z.Length; k++)
        {
            z[k] = Math.Exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.Length; k++)
            z[k] /= sum;
    }

    /// <summary>Log-softmax de una fila ya comprobada (sin NaN y con algún valor mayor que −∞).</summary>
    internal static void LogSoftmaxInPlace(Span<double> z)
    {
        int infinite = z.Count(double.PositiveInfinity);
        if (infinite > 0)
        {
            double share = -Math.Log(infinite); // log(1/m)
            for (int k = 0; k < z.Length; k++)
                z[k] = double.IsPositiveInfinity(z[k]) ? share : double.NegativeInfinity;
            return;
        }
        double logSumExp = LogSumExp(z);
        for (int k = 0; k < z.Length; k++)
            z[k] -= logSumExp;
    }

    /// <summary>log Σ e^(zₖ), estable: m + log Σ e^(zₖ − m).</summary>
    internal static double LogSumExp(ReadOnlySpan<double> z)
    {
        double max = MaxOf(z);
        if (double.IsInfinity(max))
            return max;
        double sum = 0;
        for (int k = 0; k < z.Length; k++)
            sum += Math.Exp(z[k] - max);
        return max + Math.Log(sum);
    }

    private static double MaxOf(ReadOnlySpan<double> z)
    {
        double max = double.NegativeInfinity;
        foreach (double v in z)
            if (v > max || double.IsNaN(v))
                max = v;
        return max;
    }

    private delegate void RowTransform(Span<double> row);

    /// <summary>Aplica la transformación a una copia del vector, comprobándolo antes.</summary>
    private static Vector<double> MapVector(Vector<double> logits, RowTransform transform)
    {
        Guard.NotEmpty(logits, nameof(logits));
        double[] result = logits.ToArray();
        Guard.SoftmaxInput(result, nameof(logits));
        transform(result);
        return Vector<double>.Build.Dense(result);
    }

    /// <summary>Aplica la transformación a cada fila, comprobándola antes (el error dice fila y columna).</summary>
    private static Matrix<double> MapRows(Matrix<double> m, RowTransform transform)
    {
        var result = Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount);
        var row = new double[m.ColumnCount];
        for (int i = 0; i < m.RowCount; i++)
        {
            for (int k = 0; k < row.Length; k++)
                row[k] = m[i, k];
            Guard.SoftmaxInput(row, "logits", i);
            transform(row);
            for (int k = 0; k < row.Length; k++)
                result[i, k] = row[k];
        }
        return result;
    }
}
