using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

/// <summary>Datos de prueba reproducibles y las fórmulas de referencia escritas aparte de la biblioteca.</summary>
internal static class TestData
{
    public static Matrix<double> RandomMatrix(int rows, int columns, int seed, double scale = 1)
    {
        var random = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => scale * (2 * random.NextDouble() - 1));
    }

    public static Vector<double> RandomVector(int length, int seed, double scale = 1)
    {
        var random = new Random(seed);
        return Vector<double>.Build.Dense(length, _ => scale * (2 * random.NextDouble() - 1));
    }

    public static int[] RandomLabels(int count, int classes, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => random.Next(classes)).ToArray();
    }

    /// <summary>σ(z) tal cual, 1/(1 + e^(−z)): sirve de referencia lejos de los extremos.</summary>
    public static double NaiveSigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Paso logístico con las fórmulas del capítulo 4 en MathNet: devuelve (pérdida, w nuevo, b nuevo).</summary>
    public static (double Loss, Vector<double> W, double B) PlainLogisticStep(
        Matrix<double> x,
        int[] y,
        Vector<double> w,
        double b,
        double learningRate,
        double l2 = 0
    )
    {
        int n = x.RowCount;
        var z = x * w + b;
        var p = z.Map(NaiveSigmoid);
        var target = Vector<double>.Build.Dense(n, i => y[i]);
        // −log σ(z) = log(1 + e^−z) y −log(1 − σ(z)) = log(1 + e^z): la definición, sin la resta 1 − p que pierde cifras.
        double loss =
            Enumerable
                .Range(0, n)
                .Average(i => y[i] == 1 ? Math.Log(1 + Math.Exp(-z[i])) : Math.Log(1 + Math.Exp(z[i])))
            + l2 / 2 * w.DotProduct(w);
        var r = p - target;
        var gw = x.Transpose() * r / n + l2 * w;
        double gb = r.Sum() / n;
        return (loss, w - learningRate * gw, b - learningRate * gb);
    }

    /// <summary>Paso softmax con las fórmulas del capítulo 5 en MathNet: devuelve (pérdida, W nuevo, b nuevo).</summary>
    public static (double Loss, Matrix<double> W, Vector<double> B) PlainSoftmaxStep(
        Matrix<double> x,
        int[] y,
        Matrix<double> w,
        Vector<double> b,
        double learningRate,
        double l2 = 0
    )
    {
        int n = x.RowCount,
            k = w.ColumnCount;
        var z = x * w + Matrix<double>.Build.Dense(n, k, (_, c) => b[c]);
        var p = Matrix<double>.Build.Dense(n, k);
        double loss = 0;
        for (int i = 0; i < n; i++)
        {
            double max = z.Row(i).Maximum();
            var e = z.Row(i).Map(v => Math.Exp(v - max));
            p.SetRow(i, e / e.Sum());
            loss -= Math.Log(p[i, y[i]]);
        }
        loss = loss / n + l2 / 2 * w.PointwisePower(2).Enumerate().Sum();
        var oneHot = Matrix<double>.Build.Dense(n, k, (i, c) => y[i] == c ? 1 : 0);
        var r = p - oneHot;
        var gw = x.Transpose() * r / n + l2 * w;
        var gb = r.ColumnSums() / n;
        return (loss, w - learningRate * gw, b - learningRate * gb);
    }

    public static void Close(Vector<double> expected, Vector<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"[{i}]: se esperaba {expected[i]:R} y salió {actual[i]:R} (diferencia {Math.Abs(expected[i] - actual[i]):E2})"
            );
    }

    public static void Close(Matrix<double> expected, Matrix<double> actual, double tolerance)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ColumnCount, actual.ColumnCount);
        Close(
            Vector<double>.Build.Dense(expected.ToColumnMajorArray()),
            Vector<double>.Build.Dense(actual.ToColumnMajorArray()),
            tolerance
        );
    }
}
