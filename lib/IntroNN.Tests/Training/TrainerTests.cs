using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class TrainerTests
{
    /// <summary>Dos nubes que se solapan (centros a 2 desviaciones): no son separables, así que existe un óptimo finito.</summary>
    private static Dataset OverlappingBlobs(int classes = 2) =>
        Datasets.Blobs(
            200,
            classes == 2
                ?
                [
                    [1.0, 2.0],
                    [3.0, 4.0],
                ]
                :
                [
                    [0.0, 0.0],
                    [2.0, 0.0],
                    [1.0, 2.0],
                ],
            1.0,
            seed: 42
        );

    [Fact]
    public void WithASmallLearningRateFullBatchLossDecreasesAtEveryStep()
    {
        var data = OverlappingBlobs();
        var history = Trainer.Fit(
            LogisticRegression.Zeros(2),
            data,
            new TrainingOptions { LearningRate = 0.05, Epochs = 300 }
        );
        Assert.Equal(300, history.Steps);
        for (int s = 1; s < history.Steps; s++)
            Assert.True(
                history.TrainLoss[s] < history.TrainLoss[s - 1],
                $"paso {s}: {history.TrainLoss[s]} ≥ {history.TrainLoss[s - 1]}"
            );

        var softmax = Trainer.Fit(
            SoftmaxRegression.Zeros(2, 3),
            OverlappingBlobs(3),
            new TrainingOptions
            {
                LearningRate = 0.05,
                Epochs = 300,
                L2 = 0.01,
            }
        );
        for (int s = 1; s < softmax.Steps; s++)
            Assert.True(softmax.TrainLoss[s] < softmax.TrainLoss[s - 1], $"paso {s}");
    }

    [Fact]
    public void LongFullBatchRunReachesTheMaximumLikelihoodOptimum()
    {
        var data = Standardizer.Fit(OverlappingBlobs()).Transform(OverlappingBlobs());
        var model = LogisticRegression.Zeros(2);
        Trainer.Fit(model, data, new TrainingOptions { LearningRate = 2, Epochs = 5000 });
        var (gw, gb) = model.Gradient(data.Features, data.Labels);
        double norm = Math.Sqrt(gw.DotProduct(gw) + gb * gb);
        Assert.True(norm < 1e-6, $"‖∇L‖ = {norm:E2}");

        var three = Standardizer.Fit(OverlappingBlobs(3)).Transform(OverlappingBlobs(3));
        var softmax = SoftmaxRegression.Zeros(2, 3);
        Trainer.Fit(softmax, three, new TrainingOptions { LearningRate = 2, Epochs = 5000 });
        double softmaxNorm = softmax.ParameterGradient(three.Features, three.Labels, 0).L2Norm();
        Assert.True(softmaxNorm < 1e-6, $"‖∇L‖ = {softmaxNorm:E2}");
    }

    [Fact]
    public void FullBatchTrainingEqualsRepeatedSteps()
    {
        var data = OverlappingBlobs();
        var trained = LogisticRegression.Zeros(2);
        var history = Trainer.Fit(trained, data, new TrainingOptions { LearningRate = 0.1, Steps = 20 });
        var manual = LogisticRegression.Zeros(2);
        for (int s = 0; s < 20; s++)
            Assert.Equal(manual.Step(data.Features, data.Labels, 0.1), history.TrainLoss[s]);
        TestData.Close(manual.Weights, trained.Weights, 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    public void SeededStochasticTrainingIsReproducible(int batchSize)
    {
        var data = OverlappingBlobs();
        TrainingHistory Run(int seed, out LogisticRegression model)
        {
            model = LogisticRegression.Zeros(2);
            return Trainer.Fit(
                model,
                data,
                new TrainingOptions
                {
                    LearningRate = 0.05,
                    Epochs = 3,
                    BatchSize = batchSize,
                    Seed = seed,
                }
            );
        }
        var first = Run(7, out var a);
        var second = Run(7, out var b);
        var other = Run(8, out var c);
        Assert.Equal(first.TrainLoss, second.TrainLoss);
        TestData.Close(a.Weights, b.Weights, 0);
        Assert.NotEqual(first.TrainLoss, other.TrainLoss);
        Assert.Equal(3 * ((200 + batchSize - 1) / batchSize), first.Steps);
        Assert.Equal(3, first.Epochs);
    }

    [Fact]
    public void MiniBatchStepsUseEverySampleOncePerEpoch()
    {
        // Con lr diminuto los parámetros apenas se mueven: la media de las pérdidas de lote de una época, ponderada por
        // el tamaño de cada lote, es entonces la pérdida de todo el conjunto en el punto de partida.
        var data = OverlappingBlobs();
        var history = Trainer.Fit(
            LogisticRegression.Zeros(2),
            data,
            new TrainingOptions
            {
                LearningRate = 1e-12,
                Epochs = 1,
                BatchSize = 30,
                Seed = 3,
            }
        );
        Assert.Equal(7, history.Steps);
        double weighted = history.TrainLoss.Take(6).Sum() * 30 + history.TrainLoss[6] * 20;
        Assert.Equal(Math.Log(2), weighted / 200, 9);
    }

    [Fact]
    public void EarlyStoppingRestoresTheBestWeights()
    {
        // La validación tiene las etiquetas al revés: cuanto mejor aprende el entrenamiento, peor la validación.
        // El mejor paso es el 0 (los pesos iniciales), y con paciencia 3 se para antes del paso 3.
        var train = OverlappingBlobs();
        var flipped = new Dataset(train.Features, train.Labels.Select(y => 1 - y).ToArray());
        var model = new LogisticRegression(Vector<double>.Build.Dense([0.01, -0.02]), 0.03);
        var history = Trainer.Fit(
            model,
            train,
            new TrainingOptions
            {
                LearningRate = 0.1,
                Epochs = 100,
                Patience = 3,
            },
            flipped
        );
        Assert.True(history.StoppedEarly);
        Assert.Equal(0, history.BestStep);
        Assert.Equal(3, history.Steps);
        Assert.Equal(3, history.ValidationLoss!.Count);
        TestData.Close(Vector<double>.Build.Dense([0.01, -0.02]), model.Weights, 0);
        Assert.Equal(0.03, model.Bias);
    }

    [Fact]
    public void EarlyStoppingKeepsTheBestValidationStepWhenValidationImprovesThenWorsens()
    {
        // Entrenar en un conjunto y validar en otro de la misma distribución: se guarda el mínimo de la validación.
        var data = OverlappingBlobs();
        var (train, validation) = Split.EveryThird(data);
        var model = LogisticRegression.Zeros(2);
        var history = Trainer.Fit(
            model,
            train,
            new TrainingOptions
            {
                LearningRate = 0.5,
                Epochs = 400,
                Patience = 20,
            },
            validation
        );
        int best = history.BestStep!.Value;
        Assert.Equal(history.ValidationLoss!.Min(), history.ValidationLoss![best]);
        Assert.Equal(history.ValidationLoss[best], model.Loss(validation.Features, validation.Labels), 12);
    }

    [Fact]
    public void ValidationLossIsRecordedEachStepWithoutEarlyStopping()
    {
        var (train, validation) = Split.EveryThird(OverlappingBlobs());
        var model = LogisticRegression.Zeros(2);
        var history = Trainer.Fit(model, train, new TrainingOptions { LearningRate = 0.1, Steps = 10 }, validation);
        Assert.Equal(10, history.ValidationLoss!.Count);
        Assert.Equal(Math.Log(2), history.ValidationLoss[0], 15);
        Assert.False(history.StoppedEarly);
    }
}
