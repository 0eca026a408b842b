using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class SoftmaxRegressionTests
{
    private static SoftmaxRegression RandomModel(int d, int k, int seed) =>
        new(TestData.RandomMatrix(d, k, seed), TestData.RandomVector(k, seed + 1));

    [Fact]
    public void ForwardIsXTimesWPlusBAndProbabilitiesAreRowSoftmax()
    {
        var x = TestData.RandomMatrix(13, 3, seed: 1);
        var model = RandomModel(3, 4, seed: 2);
        var expected = x * model.Weights + Matrix<double>.Build.Dense(13, 4, (_, k) => model.Bias[k]);
        TestData.Close(expected, model.Forward(x), 1e-14);
        TestData.Close(Activations.Softmax(expected), model.PredictProbabilities(x), 1e-14);
        var predicted = model.Predict(x);
        for (int i = 0; i < 13; i++)
            Assert.Equal(expected.Row(i).MaximumIndex(), predicted[i]);
    }

    [Theory]
    [InlineData(20_000, 32, 10)] // bloques leídos de X sin copiar, los dos núcleos
    [InlineData(4_096, 7, 3)] // bloques copiados, d y K con relleno
    public void ForwardOverManyBlocksIsXTimesWPlusB(int n, int d, int k)
    {
        var x = TestData.RandomMatrix(n, d, seed: 7, scale: 2);
        var model = RandomModel(d, k, seed: 8);
        var expected = x * model.Weights + Matrix<double>.Build.Dense(n, k, (_, c) => model.Bias[c]);
        TestData.Close(expected, model.Forward(x), 1e-12);
    }

    [Fact]
    public void ZerosGivesUniformProbabilities()
    {
        var model = SoftmaxRegression.Zeros(2, 5);
        Assert.All(
            model.PredictProbabilities(TestData.RandomMatrix(3, 2, seed: 3)).Enumerate(),
            p => Assert.Equal(0.2, p, 15)
        );
        Assert.Equal(Math.Log(5), model.Loss(TestData.RandomMatrix(3, 2, seed: 3), [0, 4, 2]), 14);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    public void GradientMatchesFiniteDifferences(double l2)
    {
        var x = TestData.RandomMatrix(30, 3, seed: 4, scale: 2);
        int[] y = TestData.RandomLabels(30, 4, seed: 5);
        var model = RandomModel(3, 4, seed: 6);
        var result = GradientCheck.Check(model, x, y, l2);
        Assert.True(result.Passed, $"error relativo máximo {result.MaxRelativeError:E2} en {result.WorstIndex}");
        Assert.True(result.MaxAbsoluteError < 1e-8, $"error absoluto máximo {result.MaxAbsoluteError:E2}");

        var (gw, gb) = model.Gradient(x, y, l2);
        TestData.Close(Matrix<double>.Build.Dense(3, 4, result.Numerical.SubVector(0, 12).ToArray()), gw, 1e-8);
        TestData.Close(result.Numerical.SubVector(12, 4), gb, 1e-8);
    }

    [Theory]
    [InlineData(41, 3, 3, 0.0)] // un bloque, clases que no llenan un grupo de 4
    [InlineData(30_000, 8, 10, 0.0)] // muchos bloques, los dos núcleos, K = 10
    [InlineData(30_000, 8, 10, 0.2)]
    [InlineData(5_003, 32, 4, 0.0)] // filas que no llenan un vector SIMD ni una tesela
    [InlineData(777, 5, 2, 0.1)]
    [InlineData(20_000, 32, 10, 0.0)] // bloques leídos de X sin copiar; el último, incompleto, copiado
    [InlineData(8_192, 32, 10, 0.0)] // n múltiplo de 128: todos los bloques copiados
    [InlineData(4_100, 33, 7, 0.0)] // d y K que no llenan sus grupos (de 4 y de 2)
    [InlineData(3_001, 64, 13, 0.0)] // d grande, K impar
    [InlineData(17, 1, 5, 0.0)] // d = 1: tres columnas de relleno
    [InlineData(1_030, 4, 3, 0.0)] // Iris: d = 4, K = 3, un bloque y 6 filas
    public void FastStepEqualsThePlainFormulas(int n, int d, int k, double l2)
    {
        var x = TestData.RandomMatrix(n, d, seed: n + d + k, scale: 3);
        int[] y = TestData.RandomLabels(n, k, seed: 9);
        var model = RandomModel(d, k, seed: 10);
        for (int step = 0; step < 3; step++)
        {
            var expected = TestData.PlainSoftmaxStep(x, y, model.Weights, model.Bias, 0.5, l2);
            double loss = model.Step(x, y, 0.5, l2);
            Assert.Equal(expected.Loss, loss, 1e-12);
            TestData.Close(expected.W, model.Weights, 1e-12);
            TestData.Close(expected.B, model.Bias, 1e-12);
        }
    }

    [Fact]
    public void TheSameStepTwiceGivesTheSameBitsWhicheverThreadTookEachBlock()
    {
        // Los bloques se reparten entre los hilos a demanda; las sumas por bloque se juntan siempre en el mismo orden.
        var x = TestData.RandomMatrix(60_000, 16, seed: 51);
        int[] y = TestData.RandomLabels(60_000, 10, seed: 52);
        var a = RandomModel(16, 10, seed: 53);
        var b = new SoftmaxRegression(a.Weights, a.Bias);
        for (int step = 0; step < 5; step++)
            Assert.Equal(a.Step(x, y, 0.5), b.Step(x, y, 0.5));
        Assert.Equal(a.Weights.ToColumnMajorArray(), b.Weights.ToColumnMajorArray());
        Assert.Equal(a.Bias.ToArray(), b.Bias.ToArray());
    }

    [Fact]
    public void NonDenseMatricesTakeTheSlowPathWithTheSameResult()
    {
        var dense = TestData.RandomMatrix(50, 3, seed: 21);
        var sparse = MathNet.Numerics.LinearAlgebra.Double.SparseMatrix.OfMatrix(dense);
        int[] y = TestData.RandomLabels(50, 3, seed: 22);
        var a = RandomModel(3, 3, seed: 23);
        var b = new SoftmaxRegression(a.Weights, a.Bias);
        Assert.Equal(a.Step(dense, y, 0.7, 0.01), b.Step(sparse, y, 0.7, 0.01), 1e-12);
        TestData.Close(a.Weights, b.Weights, 1e-12);
        TestData.Close(a.Bias, b.Bias, 1e-12);
        TestData.Close(a.Forward(dense), b.Forward(sparse), 1e-12);
    }

    [Fact]
    public void WithTwoClassesItMatchesLogisticRegressionOnTheDifferenceOfScores()
    {
        // softmax con columnas (0, w) y sesgos (0, b) es σ(xw + b): misma pérdida y mismas predicciones.
        var x = TestData.RandomMatrix(25, 2, seed: 31);
        int[] y = TestData.RandomLabels(25, 2, seed: 32);
        var w = TestData.RandomVector(2, seed: 33);
        var softmax = new SoftmaxRegression(
            Matrix<double>.Build.Dense(2, 2, (j, k) => k == 1 ? w[j] : 0),
            Vector<double>.Build.Dense([0, 0.4])
        );
        var logistic = new LogisticRegression(w, 0.4);
        Assert.Equal(logistic.Loss(x, y), softmax.Loss(x, y), 14);
        TestData.Close(logistic.PredictProbabilities(x), softmax.PredictProbabilities(x).Column(1), 1e-14);
    }

    [Fact]
    public void L2PenaltyIsHalfL2TimesTheSquaredNormOfWeightsOnly()
    {
        var x = TestData.RandomMatrix(10, 2, seed: 41);
        int[] y = TestData.RandomLabels(10, 3, seed: 42);
        var model = RandomModel(2, 3, seed: 43);
        double penalty = model.Weights.Enumerate().Sum(v => v * v) * 0.7 / 2;
        Assert.Equal(model.Loss(x, y) + penalty, model.Loss(x, y, l2: 0.7), 14);
    }
}
