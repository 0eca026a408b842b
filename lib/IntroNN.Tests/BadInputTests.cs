using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

/// <summary>Cada entrada mala da un ArgumentException en español que dice qué se esperaba y qué llegó.</summary>
public class BadInputTests
{
    private static readonly Matrix<double> X3x2 = TestData.RandomMatrix(3, 2, seed: 1);

    [Fact]
    public void ColumnsThatDoNotMatchTheWeightsNameBothShapes()
    {
        var model = LogisticRegression.Zeros(3);
        var error = Assert.Throws<InvalidArgumentException>(() => model.Forward(X3x2));
        Assert.Equal("x", error.ParamName);
        Assert.Contains(
            "x (3×2) tiene 2 columnas, pero se esperaba una por peso del modelo, que tiene 3. Cada columna (característica) necesita su peso.",
            error.Message
        );

        var softmax = SoftmaxRegression.Zeros(4, 3);
        Assert.Contains(
            "x (3×2) tiene 2 columnas, pero se esperaba una por peso del modelo, que tiene 4.",
            Assert.Throws<InvalidArgumentException>(() => softmax.Step(X3x2, [0, 1, 2], 0.1)).Message
        );
    }

    [Fact]
    public void RowsThatDoNotMatchTheLabelsNameBothCounts()
    {
        var error = Assert.Throws<InvalidArgumentException>(() => LogisticRegression.Zeros(2).Step(X3x2, [0, 1], 0.1));
        Assert.Equal("labels", error.ParamName);
        Assert.Contains(
            "labels tiene 2 etiquetas, pero se esperaba una por fila (muestra) de x, que tiene 3 (3×2).",
            error.Message
        );

        var dataset = Assert.Throws<InvalidArgumentException>(() => new Dataset(X3x2, [0, 1, 1, 0]));
        Assert.Contains(
            "Labels tiene 4 etiquetas, pero se esperaba una por fila (muestra) de Features, que tiene 3 (3×2).",
            dataset.Message
        );

        var bce = Assert.Throws<InvalidArgumentException>(() =>
            Losses.BinaryCrossEntropy(Vector<double>.Build.Dense(3, 0.5), [1, 0])
        );
        Assert.Contains("labels tiene 2 elementos, pero se esperaba tantos como yHat, que tiene 3.", bce.Message);
    }

    [Fact]
    public void SoftmaxWeightsAndBiasMustAgreeOnTheClasses()
    {
        var error = Assert.Throws<InvalidArgumentException>(() =>
            new SoftmaxRegression(Matrix<double>.Build.Dense(2, 3), Vector<double>.Build.Dense(4))
        );
        Assert.Contains(
            "bias tiene 4 sesgos, pero se esperaba uno por clase (columna) de weights, que tiene 3 (2×3).",
            error.Message
        );
    }

    [Fact]
    public void EmptySetsAreRejected()
    {
        var empty = Matrix<double>.Build.Dense(0, 2);
        Assert.Contains(
            "x está vacía (0×2)",
            Assert.Throws<InvalidArgumentException>(() => LogisticRegression.Zeros(2).Forward(empty)).Message
        );
        Assert.Contains(
            "Features está vacía (0×2)",
            Assert.Throws<InvalidArgumentException>(() => new Dataset(empty, [])).Message
        );
        Assert.Contains(
            "predicted está vacío",
            Assert.Throws<InvalidArgumentException>(() => Metrics.Accuracy([], [])).Message
        );
        Assert.Contains(
            "yHat está vacío",
            Assert
                .Throws<InvalidArgumentException>(() => Bernoulli.LogLikelihood(Vector<double>.Build.Dense(0), []))
                .Message
        );
    }

    [Fact]
    public void LogisticLabelsMustBeZeroOrOne()
    {
        var error = Assert.Throws<InvalidArgumentException>(() =>
            LogisticRegression.Zeros(2).Step(X3x2, [0, 2, 1], 0.1)
        );
        Assert.Contains("labels[1] vale 2, pero se esperaba 0 o 1", error.Message);
        Assert.Contains(
            "y vale -1, pero se esperaba una etiqueta binaria: 0 o 1.",
            Assert.Throws<InvalidArgumentException>(() => Losses.BinaryCrossEntropy(0.5, -1)).Message
        );
        Assert.Contains(
            "train.Labels[",
            Assert
                .Throws<InvalidArgumentException>(() =>
                    Trainer.Fit(LogisticRegression.Zeros(2), new Dataset(X3x2, [0, 1, 3]), new TrainingOptions())
                )
                .Message
        );
    }

    [Fact]
    public void SoftmaxLabelsMustBeBelowK()
    {
        var error = Assert.Throws<InvalidArgumentException>(() => SoftmaxRegression.Zeros(2, 3).Loss(X3x2, [0, 3, 1]));
        Assert.Contains("labels[1] vale 3, pero se esperaba una clase entre 0 y 2 (3 clases).", error.Message);
        Assert.Contains(
            "labels[0] vale 5",
            Assert
                .Throws<InvalidArgumentException>(() => Losses.CrossEntropy(Matrix<double>.Build.Dense(1, 4), [5]))
                .Message
        );
        Assert.Contains(
            "labels[2] vale -1",
            Assert.Throws<InvalidArgumentException>(() => OneHot.Encode([0, 1, -1], 2)).Message
        );
        Assert.Contains(
            "Labels[0] vale -1",
            Assert.Throws<InvalidArgumentException>(() => new Dataset(X3x2, [-1, 0, 0])).Message
        );
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void NonFiniteDataIsRejectedWithItsRowAndColumn(double bad)
    {
        var x = TestData.RandomMatrix(4, 3, seed: 2);
        x[2, 1] = bad;
        string where = "[2, 1] vale";
        Assert.Contains(where, Assert.Throws<InvalidArgumentException>(() => new Dataset(x, [0, 1, 0, 1])).Message);

        // Un paso con NaN o ∞ en X no deja los pesos estropeados: falla antes de actualizar.
        var model = new LogisticRegression(Vector<double>.Build.Dense([0.1, 0.2, 0.3]), 0);
        var error = Assert.Throws<InvalidArgumentException>(() => model.Step(x, [0, 1, 0, 1], 0.1));
        Assert.Contains(where, error.Message);
        Assert.Contains("pero se esperaba un número finito (ni NaN ni ∞).", error.Message);
        Assert.Equal([0.1, 0.2, 0.3], model.Weights);

        var softmax = SoftmaxRegression.Zeros(3, 2);
        Assert.Contains(
            where,
            Assert.Throws<InvalidArgumentException>(() => softmax.Step(x, [0, 1, 0, 1], 0.1)).Message
        );
        Assert.All(softmax.Weights.Enumerate(), w => Assert.Equal(0, w));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LearningRateMustBePositiveAndFinite(double learningRate)
    {
        var error = Assert.Throws<InvalidArgumentException>(() =>
            LogisticRegression.Zeros(2).Step(X3x2, [0, 1, 0], learningRate)
        );
        Assert.Equal("learningRate", error.ParamName);
        Assert.Contains("pero se esperaba una tasa de aprendizaje finita y mayor que 0 (p. ej. 0.05).", error.Message);
        Assert.Throws<InvalidArgumentException>(() =>
            SoftmaxRegression.Zeros(2, 2).Step(X3x2, [0, 1, 0], learningRate)
        );
        var fit = Assert.Throws<InvalidArgumentException>(() =>
            Trainer.Fit(
                LogisticRegression.Zeros(2),
                new Dataset(X3x2, [0, 1, 0]),
                new TrainingOptions { LearningRate = learningRate }
            )
        );
        Assert.Contains("options.LearningRate vale", fit.Message);
    }

    [Fact]
    public void FewerThanTwoClassesIsRejected()
    {
        Assert.Contains(
            "classes vale 1, pero se esperaba al menos 2 clases (K ≥ 2).",
            Assert.Throws<InvalidArgumentException>(() => SoftmaxRegression.Zeros(2, 1)).Message
        );
        Assert.Contains(
            "al menos 2 clases",
            Assert.Throws<InvalidArgumentException>(() => OneHot.Encode([0], 1)).Message
        );
        Assert.Contains(
            "al menos 2 clases",
            Assert
                .Throws<InvalidArgumentException>(() =>
                    Datasets.Blobs(
                        10,
                        [
                            [0.0, 0.0],
                        ],
                        1,
                        seed: 0
                    )
                )
                .Message
        );
        Assert.Contains(
            "al menos 2 clases",
            Assert
                .Throws<InvalidArgumentException>(() => Losses.CrossEntropy(Matrix<double>.Build.Dense(2, 1), [0, 0]))
                .Message
        );
    }

    [Fact]
    public void OtherArgumentsSayWhatWasExpected()
    {
        Assert.Contains(
            "yHat vale 1.2, pero se esperaba una probabilidad entre 0 y 1.",
            Assert.Throws<InvalidArgumentException>(() => Bernoulli.Probability(1.2, 1)).Message
        );
        Assert.Contains(
            "validation es null, pero se esperaba un conjunto de validación. options.Patience pide parada temprana",
            Assert
                .Throws<InvalidArgumentException>(() =>
                    Trainer.Fit(
                        LogisticRegression.Zeros(2),
                        new Dataset(X3x2, [0, 1, 0]),
                        new TrainingOptions { Patience = 3 }
                    )
                )
                .Message
        );
        Assert.Contains(
            "testFraction vale 1.5",
            Assert.Throws<InvalidArgumentException>(() => Split.Random(new Dataset(X3x2, [0, 1, 0]), 1.5, 0)).Message
        );
        Assert.Contains(
            "centers[1] tiene 3 coordenadas, pero se esperaba tantas como centers[0], que tiene 2",
            Assert
                .Throws<InvalidArgumentException>(() =>
                    Datasets.Blobs(
                        10,
                        [
                            [0.0, 0.0],
                            [1.0, 1.0, 1.0],
                        ],
                        1,
                        seed: 0
                    )
                )
                .Message
        );
        Assert.Contains(
            "solo existe con 2 características",
            Assert.Throws<InvalidOperationException>(() => LogisticRegression.Zeros(3).DecisionBoundary()).Message
        );
        Assert.Contains(
            "w₂ = 0",
            Assert
                .Throws<InvalidOperationException>(() =>
                    new LogisticRegression(Vector<double>.Build.Dense([1.0, 0]), 0).DecisionBoundary()
                )
                .Message
        );
        Assert.Contains(
            "train.Features (3×2) tiene 2 columnas, pero se esperaba una por característica del modelo, que tiene 5.",
            Assert
                .Throws<InvalidArgumentException>(() =>
                    Trainer.Fit(LogisticRegression.Zeros(5), new Dataset(X3x2, [0, 1, 0]), new TrainingOptions())
                )
                .Message
        );
    }
}
