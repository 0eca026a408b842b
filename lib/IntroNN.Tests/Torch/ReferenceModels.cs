namespace IntroNN.Tests.Torch;

/// <summary>
/// Referencias independientes de las dos bibliotecas: los modelos escritos muestra a muestra con bucles de double,
/// tal cual las fórmulas del tutorial. Lentos, pero obvios.
/// </summary>
internal static class ReferenceModels
{
    /// <summary>Un paso de la regresión logística; devuelve la pérdida media (BCE + (l2/2)‖w‖²) antes de actualizar.</summary>
    public static double LogisticStep(
        double[][] x,
        int[] y,
        double[] w,
        ref double b,
        double learningRate,
        double l2 = 0
    )
    {
        int n = x.Length,
            d = w.Length;
        var gradW = new double[d];
        double gradB = 0,
            loss = 0;
        for (var i = 0; i < n; i++)
        {
            var z = b;
            for (var j = 0; j < d; j++)
                z += x[i][j] * w[j];
            var p = 1 / (1 + Math.Exp(-z));
            // −[y log p + (1 − y) log(1 − p)], escrito con log(1 + e^{−|z|}) para que no desborde
            loss += Math.Max(z, 0) - y[i] * z + Math.Log(1 + Math.Exp(-Math.Abs(z)));
            for (var j = 0; j < d; j++)
                gradW[j] += (p - y[i]) * x[i][j];
            gradB += p - y[i];
        }
        loss = loss / n + l2 / 2 * w.Sum(v => v * v);
        for (var j = 0; j < d; j++)
            w[j] -= learningRate * (gradW[j] / n + l2 * w[j]);
        b -= learningRate * gradB / n;
        return loss;
    }

    /// <summary>Un paso de la regresión softmax (W es d × K); devuelve la entropía cruzada media + (l2/2)‖W‖² antes de actualizar.</summary>
    public static double SoftmaxStep(double[][] x, int[] y, double[,] w, double[] b, double learningRate, double l2 = 0)
    {
        int n = x.Length,
            d = w.GetLength(0),
            k = b.Length;
        var gradW = new double[d, k];
        var gradB = new double[k];
        double loss = 0;
        for (var i = 0; i < n; i++)
        {
            var z = new double[k];
            for (var c = 0; c < k; c++)
            {
                z[c] = b[c];
                for (var j = 0; j < d; j++)
                    z[c] += x[i][j] * w[j, c];
            }
            var max = z.Max();
            var logSum = max + Math.Log(z.Sum(v => Math.Exp(v - max)));
            loss += logSum - z[y[i]];
            for (var c = 0; c < k; c++)
            {
                var error = Math.Exp(z[c] - logSum) - (c == y[i] ? 1 : 0);
                gradB[c] += error;
                for (var j = 0; j < d; j++)
                    gradW[j, c] += error * x[i][j];
            }
        }
        double squares = 0;
        foreach (var v in w)
            squares += v * v;
        loss = loss / n + l2 / 2 * squares;
        for (var c = 0; c < k; c++)
        {
            for (var j = 0; j < d; j++)
                w[j, c] -= learningRate * (gradW[j, c] / n + l2 * w[j, c]);
            b[c] -= learningRate * gradB[c] / n;
        }
        return loss;
    }
}
