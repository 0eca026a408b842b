using System.Text.Json;
using IntroNN.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace IntroNN.Tests.Torch;

public class TorchLogisticRegressionTests
{
    public static TheoryData<string> Devices() => TorchTestData.Devices();

    public static TheoryData<string, ScalarType> DevicesAndTypes() => TorchTestData.DevicesAndTypes();

    [Theory]
    [MemberData(nameof(DevicesAndTypes))]
    public void FromManualSeedDrawsThePythonNotebooksWeights(string device, ScalarType dtype)
    {
        // PyTorch: torch.manual_seed(42); torch.rand(2) → [0.8823, 0.9150]; torch.rand(1) → [0.3829] (float32).
        using var model = TorchLogisticRegression.FromManualSeed(2, seed: 42, dtype, TorchTestData.Device(device));

        Assert.Equal([0.88226926f, 0.91500396f], TorchTestData.Values(model.Weights).Select(v => (float)v));
        Assert.Equal(0.38286376f, (float)TorchTestData.Values(model.Bias).Single());
        Assert.Equal(dtype, model.DType);
        Assert.Equal(device, model.Device.ToString());
    }

    [Fact]
    public void ConcurrentDrawsDoNotStealEachOthersNumbers()
    {
        var drawn = new double[16][];
        Parallel.For(
            0,
            drawn.Length,
            i =>
            {
                using var model = TorchLogisticRegression.FromManualSeed(2);
                drawn[i] = TorchTestData.Values(model.Weights).Append(TorchTestData.Values(model.Bias)[0]).ToArray();
            }
        );

        Assert.All(
            drawn,
            values => Assert.Equal([0.88226926f, 0.91500396f, 0.38286376f], values.Select(v => (float)v))
        );
    }

    [Theory]
    [MemberData(nameof(DevicesAndTypes))]
    public void HundredManualStepsMatchTheSampleBySampleReference(string device, ScalarType dtype)
    {
        var (trainX, trainY, _, _) = TorchTestData.Blobs();
        var dev = TorchTestData.Device(device);
        using var x = TorchTestData.Matrix(trainX, dtype, dev);
        using var y = TorchData.BinaryLabels(trainY, dtype, dev);
        using var model = TorchLogisticRegression.FromManualSeed(2, 42, dtype, dev);
        var w = TorchTestData.Values(model.Weights);
        var b = TorchTestData.Values(model.Bias)[0];

        for (var step = 0; step < 100; step++)
        {
            var expected = ReferenceModels.LogisticStep(trainX, trainY, w, ref b, 0.05, l2: 0.01);
            var actual = model.Step(x, y, 0.05, l2: 0.01);
            Assert.Equal(expected, actual, TorchTestData.Tolerance(dtype));
        }

        AssertClose(w, TorchTestData.Values(model.Weights), TorchTestData.Tolerance(dtype));
        Assert.Equal(b, TorchTestData.Values(model.Bias)[0], TorchTestData.Tolerance(dtype));
    }

    [Theory]
    [InlineData(40_000)] // en la CPU, Step recorre X en trozos de 16 384 filas: dos enteros y las 7 232 que sobran
    [InlineData(1_000)] // menos de un trozo
    public void StepsByRowChunksMatchTheSampleBySampleReference(int n)
    {
        const int d = 5;
        double[][] rows = TestData.RandomMatrix(n, d, seed: n, scale: 2).ToRowArrays();
        int[] labels = TestData.RandomLabels(n, 2, seed: 3);
        var w = TestData.RandomVector(d, seed: 4).ToArray();
        var b = 0.3;
        using var x = TorchTestData.Matrix(rows, ScalarType.Float64, CPU);
        using var y = TorchData.BinaryLabels(labels);
        using var model = new TorchLogisticRegression(w, b);

        for (var step = 0; step < 3; step++)
        {
            var expected = ReferenceModels.LogisticStep(rows, labels, w, ref b, 0.5, l2: 0.01);
            Assert.Equal(expected, model.Step(x, y, 0.5, l2: 0.01), 1e-12);
        }

        AssertClose(w, TorchTestData.Values(model.Weights), 1e-12);
        Assert.Equal(b, TorchTestData.Values(model.Bias)[0], 1e-12);
    }

    [Fact]
    public void Float32TrainingReproducesPyTorchsOwnRun()
    {
        // data/reference-regressor.json: el bucle del cuaderno de Python ejecutado en PyTorch (float32) sobre blobs.csv.
        using var reference = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(TorchTestData.RepoRoot, "data", "reference-regressor.json"))
        );
        var root = reference.RootElement;
        var (trainX, trainY, testX, testY) = TorchTestData.Blobs();
        using var x = TorchTestData.Matrix(trainX, ScalarType.Float32, CPU);
        using var y = TorchData.BinaryLabels(trainY, ScalarType.Float32);
        using var model = TorchLogisticRegression.FromManualSeed(2, 42, ScalarType.Float32);

        var losses = Enumerable
            .Range(0, root.GetProperty("steps").GetInt32())
            .Select(_ => model.Step(x, y, root.GetProperty("learning_rate").GetDouble()))
            .ToArray();

        AssertClose(
            root.GetProperty("train_loss_before_step").EnumerateArray().Select(e => e.GetDouble()).ToArray(),
            losses,
            1e-5
        );
        AssertClose(
            root.GetProperty("final").GetProperty("weights").EnumerateArray().Select(e => e.GetDouble()).ToArray(),
            TorchTestData.Values(model.Weights),
            1e-5
        );
        Assert.Equal(
            root.GetProperty("final").GetProperty("bias").GetDouble(),
            TorchTestData.Values(model.Bias)[0],
            1e-5
        );
        using var tx = TorchTestData.Matrix(testX, ScalarType.Float32, CPU);
        using var predicted = model.PredictClasses(tx);
        var accuracy = TorchTestData.Values(predicted).Zip(testY, (p, t) => p == t ? 1.0 : 0.0).Average();
        Assert.Equal(root.GetProperty("test_accuracy").GetDouble(), accuracy, 1e-6);
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public void AutogradWithSgdFollowsTheManualSteps(string device)
    {
        var (trainX, trainY, _, _) = TorchTestData.Blobs();
        var dev = TorchTestData.Device(device);
        using var x = TorchTestData.Matrix(trainX, ScalarType.Float64, dev);
        using var y = TorchData.BinaryLabels(trainY, ScalarType.Float64, dev);
        using var manual = TorchLogisticRegression.FromManualSeed(2, 42, ScalarType.Float64, dev);
        using var autograd = TorchLogisticRegression.FromManualSeed(2, 42, ScalarType.Float64, dev);
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
        var (trainX, trainY, _, _) = TorchTestData.Blobs();
        using var x = TorchTestData.Matrix(trainX, ScalarType.Float64, CPU);
        using var y = TorchData.BinaryLabels(trainY);
        using var model = new TorchLogisticRegression([0.3, -0.7], 0.2);

        var (gradW, gradB) = model.Gradient(x, y, l2);
        using var loss = model.Loss(x, y, l2);
        loss.backward();
        var manual = TorchTestData.Values(gradW).Concat(TorchTestData.Values(gradB)).ToArray();
        var autograd = TorchTestData
            .Values(model.Weights.grad!)
            .Concat(TorchTestData.Values(model.Bias.grad!))
            .ToArray();
        AssertClose(autograd, manual, 1e-14);

        // Diferencias centrales: (L(θ + h·eᵢ) − L(θ − h·eᵢ)) / 2h, con error O(h²) ≈ 1e-10.
        double[] theta = [0.3, -0.7, 0.2];
        var numeric = new double[3];
        const double h = 1e-5;
        for (var i = 0; i < 3; i++)
        {
            double LossAt(double delta)
            {
                var p = (double[])theta.Clone();
                p[i] += delta;
                using var m = new TorchLogisticRegression([p[0], p[1]], p[2]);
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
    public void LossGivesTheTutorialsWorkedValues()
    {
        // Una muestra con ŷ = 0,9 (z = ln 9): si y = 1 la pérdida es −log 0,9 ≈ 0,105; si y = 0, −log 0,1 ≈ 2,303.
        using var model = new TorchLogisticRegression([0.0], Math.Log(9));
        using var x = zeros(1, 1, ScalarType.Float64);
        using var one = ones(1, ScalarType.Float64);
        using var zero = zeros(1, ScalarType.Float64);

        using var lossOne = model.Loss(x, one);
        using var lossZero = model.Loss(x, zero);

        Assert.Equal(-Math.Log(0.9), lossOne.item<double>(), 1e-15);
        Assert.Equal(-Math.Log(0.1), lossZero.item<double>(), 1e-15);
        Assert.Equal(0.105, lossOne.item<double>(), 0.0005);
        Assert.Equal(2.303, lossZero.item<double>(), 0.0005);
    }

    [Theory]
    [InlineData(1e4, 1, 0.0)]
    [InlineData(1e4, 0, 1e4)]
    [InlineData(-1e4, 0, 0.0)]
    [InlineData(-1e4, 1, 1e4)]
    public void LossStaysFiniteForExtremeLogits(double z, int label, double expected)
    {
        using var model = new TorchLogisticRegression([1.0], 0);
        using var x = full(1, 1, z, ScalarType.Float64);
        using var y = TorchData.BinaryLabels([label]);

        using var loss = model.Loss(x, y);

        Assert.Equal(expected, loss.item<double>(), 1e-9);
    }

    [Fact]
    public void SmallStepsDecreaseTheLossAtEveryStep()
    {
        var (trainX, trainY, _, _) = TorchTestData.Blobs();
        using var x = TorchTestData.Matrix(trainX, ScalarType.Float64, CPU);
        using var y = TorchData.BinaryLabels(trainY);
        using var model = TorchLogisticRegression.FromManualSeed(2, 42, ScalarType.Float64);

        var losses = Enumerable.Range(0, 50).Select(_ => model.Step(x, y, 0.01)).ToArray();

        Assert.All(
            losses.Zip(losses.Skip(1)),
            pair => Assert.True(pair.Second < pair.First, $"{pair.Second} ≥ {pair.First}")
        );
    }

    [Fact]
    public void LongLoopsLeaveNoLiveTensorsBehind()
    {
        var (trainX, trainY, _, _) = TorchTestData.Blobs();
        using var x = TorchTestData.Matrix(trainX, ScalarType.Float32, CPU);
        using var y = TorchData.BinaryLabels(trainY, ScalarType.Float32);
        using var model = TorchLogisticRegression.FromManualSeed(2, 42, ScalarType.Float32);
        using var optimizer = model.CreateSGD(0.05);
        model.Step(x, y, 0.05); // crea el vector de trabajo
        model.AutogradStep(x, y, optimizer); // crea los .grad
        var before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        for (var step = 0; step < 200; step++)
        {
            model.Step(x, y, 0.05);
            model.AutogradStep(x, y, optimizer);
        }

        Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    [Fact]
    public void PredictionsFollowTheSigmoidAndThreshold()
    {
        using var model = new TorchLogisticRegression([2.0, -1.0], 0.5);
        using var x = tensor(new double[] { 0, 0, 1, 3, -1, 0 }, [3, 2]);

        using var probabilities = model.PredictProbabilities(x);
        using var classes = model.PredictClasses(x);

        double[] z = [0.5, 2 - 3 + 0.5, -2 + 0.5];
        AssertClose(z.Select(v => 1 / (1 + Math.Exp(-v))).ToArray(), TorchTestData.Values(probabilities), 1e-15);
        Assert.Equal([1.0, 0.0, 0.0], TorchTestData.Values(classes));
    }

    internal static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"En [{i}] se esperaba {expected[i]:R} y llegó {actual[i]:R} (diferencia {Math.Abs(expected[i] - actual[i]):E2} > {tolerance:E0})."
            );
    }
}
