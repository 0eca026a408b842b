using IntroNN.Kernels;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace IntroNN;

/// <summary>
/// El bucle de entrenamiento, común a <see cref="LogisticRegression"/> y <see cref="SoftmaxRegression"/>:
/// descenso por gradiente con lote completo, SGD con mini-lotes o SGD puro, con barajado reproducible.
/// </summary>
/// <remarks>Capítulos 4b y 5: notebooks/04b-gradiente-y-tasa-de-aprendizaje.ipynb.</remarks>
public static class Trainer
{
    /// <summary>
    /// Entrena <paramref name="model"/> sobre <paramref name="train"/> según <paramref name="options"/> y devuelve la
    /// historia de pérdidas. Modifica el modelo.
    /// </summary>
    /// <remarks>
    /// Cada paso: (si hay validación) pérdida de validación con los parámetros actuales, y después un paso de
    /// gradiente sobre el lote, que devuelve la pérdida del lote antes de actualizar. Con mini-lotes, al empezar cada
    /// época se baraja el orden de las muestras con un generador sembrado con <see cref="TrainingOptions.Seed"/>.
    /// </remarks>
    public static TrainingHistory Fit(
        ITrainableModel model,
        Dataset train,
        TrainingOptions options,
        Dataset? validation = null
    )
    {
        Guard.NotNull(model, nameof(model));
        Guard.NotNull(train, nameof(train));
        Guard.NotNull(options, nameof(options));
        Check(model, train, nameof(train));
        if (validation is not null)
            Check(model, validation, nameof(validation));
        Guard.LearningRate(options.LearningRate, "options.LearningRate");
        Guard.NonNegative(options.L2, "options.L2");
        if (options.BatchSize is { } size)
            Guard.Positive(size, "options.BatchSize");
        if (options.Steps is { } steps)
            Guard.Positive(steps, "options.Steps");
        else
            Guard.Positive(options.Epochs, "options.Epochs");
        if (options.Patience is { } patience)
        {
            Guard.Positive(patience, "options.Patience");
            if (validation is null)
                Guard.Fail(
                    nameof(validation),
                    "es null",
                    "un conjunto de validación",
                    "options.Patience pide parada temprana, que se decide con la pérdida de validación."
                );
        }

        int n = train.Count;
        int batchSize = Math.Min(options.BatchSize ?? n, n);
        int stepsPerEpoch = (n + batchSize - 1) / batchSize;
        long totalSteps = options.Steps ?? (long)options.Epochs * stepsPerEpoch;
        var batches = batchSize == n ? null : new BatchMaker(train, batchSize, options.Seed);

        var trainLoss = new List<double>();
        var validationLoss = validation is null ? null : new List<double>();
        double bestLoss = double.PositiveInfinity;
        int? bestStep = null;
        Vector<double>? bestParameters = null;
        bool stoppedEarly = false;
        int epochs = 0;

        for (long step = 0; step < totalSteps; step++)
        {
            int inEpoch = (int)(step % stepsPerEpoch);
            if (inEpoch == 0)
                epochs++;
            if (validation is not null)
            {
                double loss = model.Loss(validation.Features, validation.Labels);
                validationLoss!.Add(loss);
                if (loss < bestLoss)
                {
                    bestLoss = loss;
                    bestStep = (int)step;
                    if (options.Patience is not null)
                        bestParameters = model.GetParameters();
                }
                else if (options.Patience is { } wait && step - bestStep >= wait)
                {
                    validationLoss.RemoveAt(validationLoss.Count - 1); // este paso no llega a darse
                    stoppedEarly = true;
                    break;
                }
            }
            var (x, labels) = batches is null ? (train.Features, train.Labels) : batches.Next(inEpoch);
            trainLoss.Add(model.Step(x, labels, options.LearningRate, options.L2));
        }
        if (bestParameters is not null)
            model.SetParameters(bestParameters);
        return new TrainingHistory(trainLoss, validationLoss, epochs, stoppedEarly, bestStep);
    }

    private static void Check(ITrainableModel model, Dataset data, string name)
    {
        if (data.FeatureCount != model.FeatureCount)
            Guard.Fail(
                $"{name}.Features",
                $"({Guard.Shape(data.Features)}) tiene {data.FeatureCount} columnas",
                $"una por característica del modelo, que tiene {model.FeatureCount}"
            );
        Guard.Labels(data.Labels, model.ClassCount, $"{name}.Labels");
    }

    /// <summary>Arma los mini-lotes de cada época en búferes reutilizados, barajando al empezar cada época.</summary>
    private sealed class BatchMaker(Dataset data, int batchSize, int seed)
    {
        private readonly int[] _order = Enumerable.Range(0, data.Count).ToArray();
        private readonly MersenneTwister _random = new(seed);
        private readonly double[]? _source = DenseData.TryGet(data.Features);
        private readonly Dictionary<int, (Matrix<double> X, int[] Labels)> _buffers = [];

        public (Matrix<double> X, int[] Labels) Next(int batchInEpoch)
        {
            if (batchInEpoch == 0)
                Datasets.Shuffle(_order, _random);
            int start = batchInEpoch * batchSize,
                length = Math.Min(batchSize, data.Count - start);
            if (!_buffers.TryGetValue(length, out var buffer))
                _buffers[length] = buffer = (Matrix<double>.Build.Dense(length, data.FeatureCount), new int[length]);
            var target = DenseData.TryGet(buffer.X)!;
            int n = data.Count,
                d = data.FeatureCount;
            for (int r = 0; r < length; r++)
            {
                int i = _order[start + r];
                buffer.Labels[r] = data.Labels[i];
                for (int j = 0; j < d; j++)
                    target[j * length + r] = _source is null ? data.Features[i, j] : _source[j * n + i];
            }
            return buffer;
        }
    }
}
