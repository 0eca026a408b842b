using IntroNN.Torch;
using TorchSharp;
using static IntroNN.Tests.Torch.TorchLogisticRegressionTests;
using static TorchSharp.torch;

namespace IntroNN.Tests.Torch;

public class TorchSoftmaxRegressionTests
{
    public static TheoryData<string> Devices() => TorchTestData.Devices();

    public static TheoryData<string, ScalarType> DevicesAndTypes() => TorchTestData.DevicesAndTypes();

    [Theory]
    [MemberData(nameof(DevicesAndTypes))]
    public void HundredManualStepsMatchTheSampleBySampleReference(string device, ScalarType dtype)
    {
        var (irisX, irisY) = TorchTestData.Iris();
        var dev = TorchTestData.Device(device);
        using var x = TorchTestData.Matrix(irisX, dtype, dev);
        using var y = TorchData.ClassLabels(irisY, 3, dev);
        using var model = TorchSoftmaxRegression.FromManualSeed(4, 3, 42, dtype, dev);
        var w = ToMatrix(TorchTestData.Values(model.Weights), 4, 3);
        var b = TorchTestData.Values(model.Bias);

        for (var step = 0; step < 100; step++)
        {
            var expected = ReferenceModels.SoftmaxStep(irisX, irisY, w, b, 0.05, l2: 0.01);
            var actual = model.Step(x, y, 0.05, l2: 0.01);
            Assert.Equal(expected, actual, TorchTestData.Tolerance(dtype));
        }

        AssertClose(w.Cast<double>().ToArray(), TorchTestData.Values(model.Weights), TorchTestData.Tolerance(dtype));
        AssertClose(b, TorchTestData.Values(model.Bias), TorchTestData.Tolerance(dtype));
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public void AutogradWithSgdFollowsTheManualSteps(string device)
    {
        var (irisX, irisY) = TorchTestData.Iris();
        var dev = TorchTestData.Device(device);
        using var x = TorchTestData.Matrix(irisX, ScalarType.Float64, dev);
        using var y = TorchData.ClassLabels(irisY, 3, dev);
        using var manual = TorchSoftmaxRegression.FromManualSeed(4, 3, 42, ScalarType.Float64, dev);
        using var autograd = TorchSoftmaxRegression.FromManualSeed(4, 3, 42, ScalarType.Float64, dev);
        using var optimizer = autograd.CreateSGD(0.05);

        for (var step = 0; step < 100; step++)
            Assert.Equal(manual.Step(x, y, 0.05, l2: 0.01), autograd.AutogradStep(x, y, optimizer, l2: 0.01), 1e-12);

        AssertClose(TorchTestData.Values(manual.Weights), TorchTestData.Values(autograd.Weights), 1e-12);
        AssertClose(TorchTestData.Values(manual.Bias), TorchTestData.Values(autograd.Bias), 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    public void ManualGradientEqualsAutogradAndFiniteDifferences(double l2)
    {
        var (irisX, irisY) = TorchTestData.Iris();
        using var x = TorchTestData.Matrix(irisX, ScalarType.Float64, CPU);
        using var y = TorchData.ClassLabels(irisY, 3);
        var w = new double[,]
        {
            { 0.1, -0.2, 0.3 },
            { 0.0, 0.4, -0.1 },
            { -0.3, 0.2, 0.1 },
            { 0.2, -0.1, 0.0 },
        };
        double[] b = [0.1, 0.0, -0.1];
        using var model = new TorchSoftmaxRegression(w, b);

        var (gradW, gradB) = model.Gradient(x, y, l2);
        using var loss = model.Loss(x, y, l2);
        loss.backward();
        var manual = TorchTestData.Values(gradW).Concat(TorchTestData.Values(gradB)).ToArray();
        var autograd = TorchTestData
            .Values(model.Weights.grad!)
            .Concat(TorchTestData.Values(model.Bias.grad!))
            .ToArray();
        AssertClose(autograd, manual, 1e-14);

        // Diferencias centrales sobre cada uno de los 12 pesos y 3 sesgos (orden: W por filas, luego b).
        var theta = w.Cast<double>().Concat(b).ToArray();
        var numeric = new double[theta.Length];
        const double h = 1e-5;
        for (var i = 0; i < theta.Length; i++)
        {
            double LossAt(double delta)
            {
                var p = (double[])theta.Clone();
                p[i] += delta;
                using var m = new TorchSoftmaxRegression(ToMatrix(p[..12], 4, 3), p[12..]);
                using var l = m.Loss(x, y, l2);
                return l.item<double>();
            }
            numeric[i] = (LossAt(h) - LossAt(-h)) / (2 * h);
        }
        AssertClose(numeric, manual, 1e-8);
        gradW.Dispose();
        gradB.Dispose();
    }

    [Fact]
    public void ProbabilityRowsSumToOneAndIgnoreAConstantShift()
    {
        var w = new double[,]
        {
            { 1, -2, 0.5 },
            { 3, 0, -1 },
        };
        using var model = new TorchSoftmaxRegression(w, [0.0, 0.0, 0.0]);
        using var shifted = new TorchSoftmaxRegression(w, [1000.0, 1000.0, 1000.0]); // sumar una constante a los logits
        using var x = tensor(new double[] { 1, 2, -3, 0.5, 400, -400 }, [3, 2]);

        using var p = model.PredictProbabilities(x);
        using var q = shifted.PredictProbabilities(x);

        var values = TorchTestData.Values(p);
        Assert.All(values, v => Assert.True(double.IsFinite(v) && v >= 0 && v <= 1));
        for (var row = 0; row < 3; row++)
            Assert.Equal(1.0, values.Skip(3 * row).Take(3).Sum(), 1e-15);
        AssertClose(values, TorchTestData.Values(q), 1e-15);
        // z = x·W: fila 0 (1, 2) → (7, −2, −1,5); fila 1 (−3, 0,5) → (−1,5, 6, −2); fila 2 (400, −400) → (−800, −800, 600).
        using var classes = model.PredictClasses(x);
        Assert.Equal([0.0, 1.0, 2.0], TorchTestData.Values(classes));
    }

    [Fact]
    public void LossIsMinusLogOfTheTrueClassProbability()
    {
        // Logits (ln 0.7, ln 0.2, ln 0.1): las probabilidades son 0.7, 0.2 y 0.1; si la clase es 0, la pérdida es −ln 0.7.
        using var model = new TorchSoftmaxRegression(new double[1, 3], [Math.Log(0.7), Math.Log(0.2), Math.Log(0.1)]);
        using var x = zeros(2, 1, ScalarType.Float64);
        using var y = TorchData.ClassLabels([0, 2], 3);

        using var loss = model.Loss(x, y);

        Assert.Equal((-Math.Log(0.7) - Math.Log(0.1)) / 2, loss.item<double>(), 1e-15);
    }

    [Fact]
    public void ExtremeLogitsKeepTheLossFinite()
    {
        using var model = new TorchSoftmaxRegression(
            new double[,]
            {
                { 1e4, -1e4 },
            },
            [0.0, 0.0]
        );
        using var x = ones(1, 1, ScalarType.Float64);
        using var right = TorchData.ClassLabels([0], 2);
        using var wrong = TorchData.ClassLabels([1], 2);

        Assert.Equal(0.0, model.Step(x, right, 1e-9), 1e-12);
        Assert.Equal(2e4, model.Step(x, wrong, 1e-9), 1e-6);
    }

    [Fact]
    public void LongLoopsLeaveNoLiveTensorsBehind()
    {
        var (irisX, irisY) = TorchTestData.Iris();
        using var x = TorchTestData.Matrix(irisX, ScalarType.Float32, CPU);
        using var y = TorchData.ClassLabels(irisY, 3);
        using var model = TorchSoftmaxRegression.Zeros(4, 3, ScalarType.Float32);
        using var optimizer = model.CreateSGD(0.05);
        model.Step(x, y, 0.05);
        model.AutogradStep(x, y, optimizer);
        var before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        for (var step = 0; step < 100; step++)
        {
            model.Step(x, y, 0.05);
            model.AutogradStep(x, y, optimizer);
        }

        Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    internal static double[,] ToMatrix(double[] rowMajor, int rows, int columns)
    {
        var m = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        for (var j = 0; j < columns; j++)
            m[i, j] = rowMajor[i * columns + j];
        return m;
    }
}
