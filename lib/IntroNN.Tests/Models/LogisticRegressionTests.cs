using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class LogisticRegressionTests
{
    [Fact]
    public void ForwardIsXTimesWPlusB()
    {
        var x = Matrix<double>.Build.DenseOfArray(
            new double[,]
            {
                { 1, 2 },
                { -1, 0.5 },
                { 0, 0 },
            }
        );
        var model = new LogisticRegression(Vector<double>.Build.Dense([0.5, -1]), 0.25);
        TestData.Close(Vector<double>.Build.Dense([0.5 - 2 + 0.25, -0.5 - 0.5 + 0.25, 0.25]), model.Forward(x), 1e-15);
        TestData.Close(model.Forward(x).Map(TestData.NaiveSigmoid), model.PredictProbabilities(x), 1e-15);
        Assert.Equal(new[] { 0, 0, 1 }, model.Predict(x));
        Assert.Equal(new[] { 0, 0, 0 }, model.Predict(x, threshold: 0.6));
    }

    [Fact]
    public void ForwardOverManyBlocksIsXTimesWPlusB()
    {
        var x = TestData.RandomMatrix(20_000, 32, seed: 3);
        var model = new LogisticRegression(TestData.RandomVector(32, seed: 4), -0.5);
        TestData.Close(x * model.Weights - 0.5, model.Forward(x), 1e-12);
    }

    [Fact]
    public void ZerosPredictsOneHalfEverywhere()
    {
        var model = LogisticRegression.Zeros(3);
        Assert.All(model.PredictProbabilities(TestData.RandomMatrix(5, 3, seed: 1)), p => Assert.Equal(0.5, p));
        Assert.Equal(Math.Log(2), model.Loss(TestData.RandomMatrix(5, 3, seed: 1), [0, 1, 1, 0, 1]), 15);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    public void GradientMatchesFiniteDifferences(double l2)
    {
        var x = TestData.RandomMatrix(40, 4, seed: 2, scale: 2);
        int[] y = TestData.RandomLabels(40, 2, seed: 3);
        var model = new LogisticRegression(TestData.RandomVector(4, seed: 4), 0.3);
        var result = GradientCheck.Check(model, x, y, l2);
        Assert.True(result.Passed, $"error relativo máximo {result.MaxRelativeError:E2} en {result.WorstIndex}");
        Assert.True(result.MaxAbsoluteError < 1e-8, $"error absoluto máximo {result.MaxAbsoluteError:E2}");

        // También a través de la API pública de Gradient, separada en pesos y sesgo.
        var (gw, gb) = model.Gradient(x, y, l2);
        TestData.Close(result.Numerical.SubVector(0, 4), gw, 1e-8);
        Assert.Equal(result.Numerical[4], gb, 1e-8);
    }

    [Theory]
    [InlineData(37, 3, 0.0)] // un bloque, un hilo
    [InlineData(50_000, 5, 0.0)] // muchos bloques y los dos núcleos
    [InlineData(50_000, 5, 0.1)]
    [InlineData(9_001, 33, 0.0)] // filas que no llenan un vector SIMD
    [InlineData(20_000, 32, 0.0)] // bloques de 1024 filas que traen el siguiente de memoria; el último, incompleto
    [InlineData(8_192, 2, 0.0)] // d = 2, como los capítulos; n múltiplo del bloque
    public void FastStepEqualsThePlainFormulas(int n, int d, double l2)
    {
        var x = TestData.RandomMatrix(n, d, seed: n + d, scale: 3);
        int[] y = TestData.RandomLabels(n, 2, seed: 7);
        var w = TestData.RandomVector(d, seed: 8);
        var model = new LogisticRegression(w, -0.2);
        for (int step = 0; step < 3; step++)
        {
            var expected = TestData.PlainLogisticStep(x, y, model.Weights, model.Bias, 0.5, l2);
            double loss = model.Step(x, y, 0.5, l2);
            Assert.Equal(expected.Loss, loss, 1e-12);
            TestData.Close(expected.W, model.Weights, 1e-12);
            Assert.Equal(expected.B, model.Bias, 1e-12);
        }
    }

    [Fact]
    public void LoopStepEqualsTheVectorizedStep()
    {
        var x = TestData.RandomMatrix(300, 4, seed: 11, scale: 2);
        int[] y = TestData.RandomLabels(300, 2, seed: 12);
        var fast = new LogisticRegression(TestData.RandomVector(4, seed: 13), 0.1);
        var loop = new LogisticRegression(fast.Weights, fast.Bias);
        for (int step = 0; step < 5; step++)
        {
            Assert.Equal(fast.Step(x, y, 0.3), loop.LoopStep(x, y, 0.3), 1e-12);
            TestData.Close(fast.Weights, loop.Weights, 1e-12);
            Assert.Equal(fast.Bias, loop.Bias, 1e-12);
        }
    }

    [Fact]
    public void NonDenseMatricesTakeTheSlowPathWithTheSameResult()
    {
        var dense = TestData.RandomMatrix(60, 3, seed: 21);
        var sparse = MathNet.Numerics.LinearAlgebra.Double.SparseMatrix.OfMatrix(dense);
        int[] y = TestData.RandomLabels(60, 2, seed: 22);
        var a = new LogisticRegression(TestData.RandomVector(3, seed: 23), 0.5);
        var b = new LogisticRegression(a.Weights, a.Bias);
        Assert.Equal(a.Step(dense, y, 0.7, 0.01), b.Step(sparse, y, 0.7, 0.01), 1e-12);
        TestData.Close(a.Weights, b.Weights, 1e-12);
        TestData.Close(a.Forward(dense), b.Forward(sparse), 1e-12);
    }

    [Fact]
    public void StepReturnsTheLossBeforeTheUpdate()
    {
        var x = TestData.RandomMatrix(20, 2, seed: 31);
        int[] y = TestData.RandomLabels(20, 2, seed: 32);
        var model = LogisticRegression.Zeros(2);
        double before = model.Loss(x, y);
        Assert.Equal(before, model.Step(x, y, 0.1));
        Assert.NotEqual(before, model.Loss(x, y));
    }

    [Fact]
    public void ExtremeScoresKeepTheLossFinite()
    {
        var x = Matrix<double>.Build.DenseOfArray(
            new double[,]
            {
                { 1e4 },
                { -1e4 },
                { 1e4 },
            }
        );
        var model = new LogisticRegression(Vector<double>.Build.Dense([1.0]), 0);
        double loss = model.Loss(x, [1, 1, 0]);
        Assert.Equal((0 + 1e4 + 1e4) / 3, loss, 8);
        var (gw, _) = model.Gradient(x, [1, 1, 0]);
        Assert.True(double.IsFinite(gw[0]));
    }

    [Fact]
    public void DecisionBoundaryIsWhereTheProbabilityIsOneHalf()
    {
        var model = new LogisticRegression(Vector<double>.Build.Dense([2.0, -4]), 1);
        var (slope, intercept) = model.DecisionBoundary();
        Assert.Equal(0.5, slope, 15);
        Assert.Equal(0.25, intercept, 15);
        foreach (double x1 in new[] { -3.0, 0, 7 })
        {
            var point = Matrix<double>.Build.DenseOfArray(
                new[,]
                {
                    { x1, slope * x1 + intercept },
                }
            );
            Assert.Equal(0.5, model.PredictProbabilities(point)[0], 14);
        }
    }
}
