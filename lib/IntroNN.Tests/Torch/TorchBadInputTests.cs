using IntroNN.Torch;
using MathNet.Numerics.LinearAlgebra;
using TorchSharp;
using static TorchSharp.torch;

namespace IntroNN.Tests.Torch;

/// <summary>Cada entrada errónea tiene su mensaje en español: qué argumento, qué se esperaba y qué llegó.</summary>
public class TorchBadInputTests
{
    private static TorchLogisticRegression Logistic() => new([0.5, -0.5], 0.1);

    private static TorchSoftmaxRegression Softmax() => TorchSoftmaxRegression.Zeros(2, 3);

    private static Tensor X(int rows, int columns, ScalarType dtype = ScalarType.Float64) => ones(rows, columns, dtype);

    [Fact]
    public void XWithTheWrongNumberOfColumns()
    {
        using var model = Logistic();
        using var x = X(4, 3);
        using var y = zeros(4, ScalarType.Float64);

        var error = Assert.Throws<InvalidArgumentException>(() => model.Step(x, y, 0.1));

        Assert.Equal("x", error.ParamName);
        Assert.Contains(
            "x tiene 3 columnas, pero se esperaba una por peso del modelo, que tiene 2 por clase. Cada característica necesita su peso.",
            error.Message
        );
    }

    [Fact]
    public void XThatIsNotAMatrixOrIsEmpty()
    {
        using var model = Logistic();
        using var vector = ones(2, ScalarType.Float64);
        using var empty = X(0, 2);
        using var y = zeros(0, ScalarType.Float64);

        Assert.Contains("2 dimensiones", Assert.Throws<InvalidArgumentException>(() => model.forward(vector)).Message);
        Assert.Contains("vacía", Assert.Throws<InvalidArgumentException>(() => model.Loss(empty, y)).Message);
    }

    [Fact]
    public void LabelsThatDoNotMatchTheRows()
    {
        using var model = Logistic();
        using var x = X(4, 2);
        using var y = zeros(3, ScalarType.Float64);

        var error = Assert.Throws<InvalidArgumentException>(() => model.Step(x, y, 0.1));

        Assert.Equal("y", error.ParamName);
        Assert.Contains(
            "y tiene 3 etiquetas, pero se esperaba una por fila (muestra) de x, que tiene 4.",
            error.Message
        );
    }

    [Fact]
    public void BinaryLabelsOutsideZeroAndOne()
    {
        using var model = Logistic();
        using var x = X(3, 2);
        using var y = tensor(new double[] { 0, 1, 2 });

        var error = Assert.Throws<InvalidArgumentException>(() => model.Step(x, y, 0.1));
        Assert.Contains("y[2] vale 2, pero se esperaba 0 o 1, las etiquetas de la regresión logística.", error.Message);

        var fromList = Assert.Throws<InvalidArgumentException>(() => TorchData.BinaryLabels([0, 1, -1]));
        Assert.Contains("labels[2] vale -1", fromList.Message);
    }

    [Fact]
    public void ClassLabelsOutOfRangeOrNotInt64()
    {
        using var model = Softmax();
        using var x = X(3, 2);
        using var tooBig = tensor(new long[] { 0, 3, 1 });
        using var asFloat = tensor(new double[] { 0, 1, 2 });

        Assert.Contains(
            "y[1] vale 3, pero se esperaba una clase entre 0 y 2 (3 clases).",
            Assert.Throws<InvalidArgumentException>(() => model.Step(x, tooBig, 0.1)).Message
        );
        Assert.Contains("int64", Assert.Throws<InvalidArgumentException>(() => model.Loss(x, asFloat)).Message);
        Assert.Contains(
            "labels[0] vale 5",
            Assert.Throws<InvalidArgumentException>(() => TorchData.ClassLabels([5], 3)).Message
        );
        Assert.Contains(
            "al menos 2 clases",
            Assert.Throws<InvalidArgumentException>(() => TorchData.ClassLabels([0], 1)).Message
        );
        Assert.Contains(
            "al menos 2 clases",
            Assert.Throws<InvalidArgumentException>(() => new TorchSoftmaxRegression(new double[2, 1], [0.0])).Message
        );
    }

    [Fact]
    public void NanOrInfinityInXStopsTheStepBeforeTouchingTheWeights()
    {
        using var model = Logistic();
        using var x = tensor(new double[] { 1, 2, 3, double.NaN }, [2, 2]);
        using var y = tensor(new double[] { 0, 1 });

        var error = Assert.Throws<InvalidArgumentException>(() => model.Step(x, y, 0.1));

        Assert.Contains("x[1, 1] vale NaN", error.Message);
        Assert.Equal([0.5, -0.5], TorchTestData.Values(model.Weights));

        using var softmax = Softmax();
        using var infinite = tensor(new double[] { 1, double.PositiveInfinity }, [1, 2]);
        using var classes = tensor(new long[] { 1 });
        Assert.Contains(
            "x[0, 1] vale ∞",
            Assert.Throws<InvalidArgumentException>(() => softmax.Step(infinite, classes, 0.1)).Message
        );
    }

    [Fact]
    public void NanInAMathNetMatrixIsFoundWhenConverting()
    {
        var x = Matrix<double>.Build.DenseOfArray(
            new[,]
            {
                { 1.0, 2.0 },
                { double.NegativeInfinity, 4.0 },
            }
        );

        var error = Assert.Throws<InvalidArgumentException>(() => TorchData.Features(x));

        Assert.Contains("x[1, 0] vale -∞", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LearningRateThatIsNotPositive(double learningRate)
    {
        using var model = Logistic();
        using var softmax = Softmax();
        using var x = X(2, 2);
        using var y = zeros(2, ScalarType.Float64);
        using var classes = zeros(2, ScalarType.Int64);

        var error = Assert.Throws<InvalidArgumentException>(() => model.Step(x, y, learningRate));
        Assert.Equal("learningRate", error.ParamName);
        Assert.Contains("pero se esperaba una tasa de aprendizaje finita y mayor que 0 (p. ej. 0.05).", error.Message);
        Assert.Throws<InvalidArgumentException>(() => softmax.Step(x, classes, learningRate));
        Assert.Throws<InvalidArgumentException>(() => model.CreateSGD(learningRate));
    }

    [Fact]
    public void NegativeL2()
    {
        using var model = Logistic();
        using var x = X(2, 2);
        using var y = zeros(2, ScalarType.Float64);

        Assert.Contains(
            "l2 vale -1",
            Assert.Throws<InvalidArgumentException>(() => model.Step(x, y, 0.1, l2: -1)).Message
        );
    }

    [Fact]
    public void MixedTypesAreNamedWithTheFix()
    {
        using var model = Logistic(); // float64
        using var x = X(2, 2, ScalarType.Float32);
        using var y = zeros(2, ScalarType.Float64);

        var error = Assert.Throws<InvalidArgumentException>(() => model.Step(x, y, 0.1));

        Assert.Contains("x es Float32, pero se esperaba Float64, el tipo del modelo.", error.Message);
        Assert.Contains("x.to(Float64)", error.Message);
        Assert.Contains(
            "float32 o float64",
            Assert
                .Throws<InvalidArgumentException>(() => new TorchLogisticRegression([1.0], 0, ScalarType.Int32))
                .Message
        );
    }

    [Fact]
    public void DivergenceIsExplainedAndLeavesTheWeightsFinite()
    {
        using var model = Logistic();
        using var x = tensor(new double[] { 1e200, -1e200, -1e200, 1e200 }, [2, 2]);
        using var y = tensor(new double[] { 0, 1 });

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            for (var step = 0; step < 10; step++)
                model.Step(x, y, 1e300);
        });

        Assert.Contains("tasa de aprendizaje menor", error.Message);
    }

    [WithoutCudaFact]
    public void AskingForCudaWithoutCuda()
    {
        // torch.CUDA ya lanza por sí solo sin CUDA; un Device construido a mano llega hasta nuestras comprobaciones.
        var gpu = new Device(DeviceType.CUDA, 0);
        var fromModel = Assert.Throws<InvalidOperationException>(() =>
            new TorchLogisticRegression([1.0], 0, ScalarType.Float64, gpu)
        );
        Assert.Contains("device es cuda:0, pero torch.cuda.is_available() es falso", fromModel.Message);
        Assert.Throws<InvalidOperationException>(() => TorchData.BinaryLabels([0, 1], ScalarType.Float32, gpu));
        Assert.Throws<InvalidOperationException>(() => TorchSoftmaxRegression.FromManualSeed(2, 3, device: gpu));
        var fromEnvironment = Assert.Throws<InvalidOperationException>(() => TorchDevices.Select("cuda"));
        Assert.Contains("INTRONN_DEVICE=cuda", fromEnvironment.Message);
        Assert.Contains("INTRONN_DEVICE=cpu", fromEnvironment.Message);
    }

    [Fact]
    public void InferenceNeverReturnsASilentNaN()
    {
        using var logistic = Logistic();
        using var softmax = Softmax();
        using var nan = tensor(new double[] { 1, 2, double.NaN, 0 }, [2, 2]);
        const string expected =
            "x[1, 0] vale NaN, pero se esperaba un número finito (ni NaN ni ∞). Los datos tienen que serlo todos.";

        Assert.Equal(
            expected,
            Assert.Throws<InvalidArgumentException>(() => logistic.PredictProbabilities(nan)).Message
        );
        Assert.Equal(expected, Assert.Throws<InvalidArgumentException>(() => logistic.PredictClasses(nan)).Message);
        Assert.Equal(
            expected,
            Assert.Throws<InvalidArgumentException>(() => softmax.PredictProbabilities(nan)).Message
        );
        Assert.Equal(expected, Assert.Throws<InvalidArgumentException>(() => softmax.PredictClasses(nan)).Message);

        // Con datos finitos, logits ±∞ tienen límite (σ = 1 y 0); ∞ − ∞ no lo tiene y se explica.
        using var huge = new TorchLogisticRegression([1e300, 0], 0);
        using var big = tensor(new double[] { 1e10, 0, -1e10, 0 }, [2, 2]);
        Assert.Equal([1.0, 0.0], TorchTestData.Values(huge.PredictProbabilities(big)));
        using var opposite = new TorchLogisticRegression([1e300, -1e300], 0);
        using var both = tensor(new double[] { 1e10, 1e10 }, [1, 2]);
        Assert.StartsWith(
            "Los logits de x [1, 2] dan NaN con datos y pesos finitos",
            Assert.Throws<InvalidOperationException>(() => opposite.PredictProbabilities(both)).Message
        );
    }

    [Fact]
    public void UnknownDeviceRequest()
    {
        var error = Assert.Throws<InvalidArgumentException>(() => TorchDevices.Select("gpu"));

        Assert.Contains("INTRONN_DEVICE vale «gpu», pero se esperaba cpu, cuda o cuda:N", error.Message);
    }

    [Fact]
    public void WeightsAndBiasThatDoNotFit()
    {
        using var w = ones(2, 2, ScalarType.Float64);
        using var b = ones(1, ScalarType.Float64);
        using var w3 = ones(2, 3, ScalarType.Float64);
        using var b2 = ones(2, ScalarType.Float64);
        using var nan = tensor(new[] { double.NaN });

        Assert.Contains(
            "un peso por característica",
            Assert.Throws<InvalidArgumentException>(() => new TorchLogisticRegression(w, b)).Message
        );
        Assert.Contains(
            "un solo sesgo",
            Assert.Throws<InvalidArgumentException>(() => new TorchLogisticRegression(b2, b2)).Message
        );
        Assert.Contains(
            "un sesgo por clase",
            Assert.Throws<InvalidArgumentException>(() => new TorchSoftmaxRegression(w3, b2)).Message
        );
        Assert.Contains(
            "NaN",
            Assert.Throws<InvalidArgumentException>(() => new TorchLogisticRegression(nan, b)).Message
        );
    }
}

/// <summary>Una prueba del caso sin GPU: con CUDA disponible se salta, diciendo por qué.</summary>
public sealed class WithoutCudaFactAttribute : FactAttribute
{
    public WithoutCudaFactAttribute()
    {
        if (cuda.is_available())
            Skip =
                "Hay CUDA en esta máquina: pedir CUDA es correcto, y este caso (pedirla sin tenerla) solo existe sin ella.";
    }
}
