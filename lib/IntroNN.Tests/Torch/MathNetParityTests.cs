using IntroNN.Torch;
using MathNet.Numerics.LinearAlgebra;
using TorchSharp;
using static IntroNN.Tests.Torch.TorchLogisticRegressionTests;
using static TorchSharp.torch;

namespace IntroNN.Tests.Torch;

/// <summary>
/// Las dos implementaciones del tutorial, frente a frente: desde los mismos datos, pesos iniciales y tasa de
/// aprendizaje, tras 100 pasos con todo el lote, MathNet y TorchSharp coinciden hasta 1e-10 en float64 y 1e-4 en
/// float32, en cada dispositivo disponible.
/// </summary>
public class MathNetParityTests
{
    private const int Steps = 100;

    public static TheoryData<string, ScalarType> DevicesAndTypes() => TorchTestData.DevicesAndTypes();

    [Theory]
    [MemberData(nameof(DevicesAndTypes))]
    public void LogisticRegressionAgreesAfterHundredSteps(string device, ScalarType dtype)
    {
        var data = Datasets.Blobs(
            300,
            [
                [1.0, 2.0],
                [3.0, 4.0],
            ],
            1.0,
            seed: 7
        );
        var dev = TorchTestData.Device(device);
        using var x = TorchData.Features(data.Features, dtype, dev);
        using var y = TorchData.BinaryLabels(data.Labels, dtype, dev);
        using var twin = TorchLogisticRegression.FromManualSeed(2, 42, dtype, dev);
        var mathNet = new LogisticRegression(TorchData.ToVector(twin.Weights), TorchData.ToArray(twin.Bias)[0]);
        var tolerance = TorchTestData.Tolerance(dtype);

        for (var step = 0; step < Steps; step++)
            Assert.Equal(mathNet.Step(data.Features, data.Labels, 0.1), twin.Step(x, y, 0.1), tolerance);

        AssertClose(mathNet.Weights.ToArray(), TorchData.ToArray(twin.Weights), tolerance);
        Assert.Equal(mathNet.Bias, TorchData.ToArray(twin.Bias)[0], tolerance);
        using var logits = twin.forward(x);
        AssertClose(mathNet.Forward(data.Features).ToArray(), TorchData.ToArray(logits), tolerance * 10);
        using var loss = twin.Loss(x, y);
        Assert.Equal(mathNet.Loss(data.Features, data.Labels), TorchData.ToArray(loss)[0], tolerance);
    }

    [Theory]
    [MemberData(nameof(DevicesAndTypes))]
    public void SoftmaxRegressionAgreesAfterHundredSteps(string device, ScalarType dtype)
    {
        var data = Datasets.Blobs(
            300,
            [
                [0.0, 0.0],
                [3.0, 0.0],
                [0.0, 3.0],
            ],
            1.0,
            seed: 11
        );
        var dev = TorchTestData.Device(device);
        using var x = TorchData.Features(data.Features, dtype, dev);
        using var y = TorchData.ClassLabels(data.Labels, 3, dev);
        using var twin = TorchSoftmaxRegression.FromManualSeed(2, 3, 42, dtype, dev);
        var mathNet = new SoftmaxRegression(TorchData.ToMatrix(twin.Weights), TorchData.ToVector(twin.Bias));
        var tolerance = TorchTestData.Tolerance(dtype);

        for (var step = 0; step < Steps; step++)
            Assert.Equal(
                mathNet.Step(data.Features, data.Labels, 0.1, l2: 0.01),
                twin.Step(x, y, 0.1, l2: 0.01),
                tolerance
            );

        AssertClose(mathNet.Weights.ToRowMajorArray(), TorchData.ToArray(twin.Weights), tolerance);
        AssertClose(mathNet.Bias.ToArray(), TorchData.ToArray(twin.Bias), tolerance);
    }

    [Theory]
    [InlineData(40_000, 8, 5)] // float64 en la CPU: Xᵀ(P − Y) por trozos de 16 384 filas, y las 7 232 que sobran
    [InlineData(32_768, 3, 2)] // dos trozos justos
    public void LargeSoftmaxStepsAgreeWithMathNet(int n, int d, int k)
    {
        var features = TestData.RandomMatrix(n, d, seed: n, scale: 2);
        int[] labels = TestData.RandomLabels(n, k, seed: 5);
        var mathNet = new SoftmaxRegression(TestData.RandomMatrix(d, k, seed: 6), TestData.RandomVector(k, seed: 7));
        using var x = TorchData.Features(features);
        using var y = TorchData.ClassLabels(labels, k);
        using var twin = new TorchSoftmaxRegression(mathNet.Weights.ToArray(), mathNet.Bias.ToArray());

        for (var step = 0; step < 3; step++)
            Assert.Equal(mathNet.Step(features, labels, 0.5), twin.Step(x, y, 0.5), 1e-12);

        AssertClose(mathNet.Weights.ToRowMajorArray(), TorchData.ToArray(twin.Weights), 1e-12);
        AssertClose(mathNet.Bias.ToArray(), TorchData.ToArray(twin.Bias), 1e-12);
    }

    [Fact]
    public void AutogradTwinAgreesWithMathNetToo()
    {
        var data = Datasets.Blobs(
            200,
            [
                [1.0, 2.0],
                [3.0, 4.0],
            ],
            1.0,
            seed: 3
        );
        using var x = TorchData.Features(data.Features);
        using var y = TorchData.BinaryLabels(data.Labels);
        using var twin = TorchLogisticRegression.FromManualSeed(2, 42, ScalarType.Float64);
        var mathNet = new LogisticRegression(TorchData.ToVector(twin.Weights), TorchData.ToArray(twin.Bias)[0]);
        using var optimizer = twin.CreateSGD(0.1);

        for (var step = 0; step < Steps; step++)
            Assert.Equal(mathNet.Step(data.Features, data.Labels, 0.1), twin.AutogradStep(x, y, optimizer), 1e-10);

        AssertClose(mathNet.Weights.ToArray(), TorchData.ToArray(twin.Weights), 1e-10);
    }

    [Fact]
    public void ConversionsRoundTripAMathNetMatrix()
    {
        var m = Matrix<double>.Build.DenseOfArray(
            new[,]
            {
                { 1.5, -2.0, 3.25 },
                { 0.0, 1e-300, -7.0 },
            }
        );

        using var t = TorchData.Features(m);

        Assert.Equal([2L, 3L], t.shape);
        Assert.Equal(m, TorchData.ToMatrix(t));
    }
}
