using System.Text.Json;
using IntroNN.Tests.Diagnostics;
using IntroNN.Torch;
using static TorchSharp.torch;

namespace IntroNN.Tests.Torch;

/// <summary>
/// El cuaderno de Python que enlaza hoy el tutorial (a347fad), repetido con TorchSharp y comparado con lo que dio
/// PyTorch 1.13 (data/reference-regressor-a347fad.json): la ejecución limpia y la publicada.
/// </summary>
public class CurrentPythonNotebookTests
{
    private static JsonElement Reference() =>
        JsonDocument.Parse(File.ReadAllText(CurrentNotebook.ReferencePath)).RootElement;

    [Fact]
    public void TorchSharpDrawsTheSameRandStreamAsPyTorch()
    {
        // PyTorch 1.13: torch.manual_seed(42); torch.rand(12). TorchSharp 0.107 lleva libtorch 2.10.
        var expected = Reference()
            .GetProperty("rand_stream_after_seed")
            .EnumerateArray()
            .Select(e => (float)e.GetDouble())
            .ToArray();
        using var generator = new Generator(42, CPU);

        using var drawn = rand([12], ScalarType.Float32, generator: generator);

        Assert.Equal(expected, TorchTestData.Values(drawn).Select(v => (float)v));
    }

    [Fact]
    public void TheMaskOfThePythonNotebookGivesOurSplit()
    {
        var split = Reference().GetProperty("split");
        int[] Rows(string name) => split.GetProperty(name).EnumerateArray().Select(e => e.GetInt32()).ToArray();

        Assert.Equal(CurrentNotebook.TrainRows, Rows("train_indices"));
        Assert.Equal(CurrentNotebook.TestRows, Rows("test_indices"));
        Assert.Equal(CurrentNotebook.ValidationRows, Rows("validation_indices"));
        Assert.Equal(
            (52, 34, 14),
            (CurrentNotebook.TrainRows.Length, CurrentNotebook.TestRows.Length, CurrentNotebook.ValidationRows.Length)
        );
    }

    [Theory]
    [InlineData("fresh", 0)] // una sesión nueva: regressor saca los tres primeros números tras la semilla
    [InlineData("published", 2)] // antes, la celda de entrenamiento ya había llamado dos veces a regressor
    public void TorchSharpReproducesTheRun(string name, int earlierRegressorCalls)
    {
        var reference = PythonRun.Load(CurrentNotebook.ReferencePath, name);
        using var generator = new Generator(42, CPU);
        for (int call = 0; call < earlierRegressorCalls; call++)
        {
            rand([2], ScalarType.Float32, generator: generator).Dispose();
            rand([1], ScalarType.Float32, generator: generator).Dispose();
        }
        using var weights = rand([2], ScalarType.Float32, generator: generator);
        using var bias = rand([1], ScalarType.Float32, generator: generator);
        Assert.Equal(
            reference.InitialWeights.Select(v => (float)v),
            TorchTestData.Values(weights).Select(v => (float)v)
        );
        Assert.Equal((float)reference.InitialBias, (float)TorchTestData.Values(bias)[0]);

        var blobs = CurrentNotebook.Blobs;
        using var model = new TorchLogisticRegression(weights, bias);
        var (x, y) = Tensors(blobs.Subset(CurrentNotebook.TrainRows));
        var (xVal, yVal) = Tensors(blobs.Subset(CurrentNotebook.ValidationRows));
        var (xTest, yTest) = Tensors(blobs.Subset(CurrentNotebook.TestRows));
        var (trainLoss, validationLoss) = TrainLikeThePythonNotebook(model, x, y, xVal, yVal);

        using var testLoss = model.Loss(xTest, yTest);
        using var predicted = model.PredictClasses(xTest);
        double accuracy =
            100
            * TorchTestData.Values(predicted).Zip(TorchTestData.Values(yTest), (p, t) => p == t ? 1.0 : 0.0).Average();
        var comparison = reference.Compare(
            trainLoss,
            validationLoss,
            TorchTestData.Values(model.Weights),
            TorchTestData.Values(model.Bias)[0],
            testLoss.item<float>(),
            accuracy
        );
        Assert.True(comparison.Passed, comparison.ToString());
    }

    /// <summary>El train del cuaderno: 300 pasos de 0.05; cada 10, la pérdida de entrenamiento (antes del paso) y la
    /// de validación (después); para si la validación no mejora en 10 comprobaciones seguidas.</summary>
    private static (List<double> Train, List<double> Validation) TrainLikeThePythonNotebook(
        TorchLogisticRegression model,
        Tensor x,
        Tensor y,
        Tensor xVal,
        Tensor yVal
    )
    {
        var (train, validation) = (new List<double>(), new List<double>());
        double best = double.PositiveInfinity;
        int withoutImprovement = 0;
        for (int step = 0; step < 300; step++)
        {
            double loss = model.Step(x, y, 0.05);
            if (step % 10 != 0)
                continue;
            using var validationLoss = model.Loss(xVal, yVal);
            train.Add(loss);
            validation.Add(validationLoss.item<float>());
            (best, withoutImprovement) = validation[^1] < best ? (validation[^1], 0) : (best, withoutImprovement + 1);
            if (withoutImprovement >= 10)
                break;
        }
        return (train, validation);
    }

    private static (Tensor X, Tensor Y) Tensors(Dataset data) =>
        (
            TorchData.Features(data.Features, ScalarType.Float32),
            TorchData.BinaryLabels(data.Labels, ScalarType.Float32)
        );
}
