using IntroNN.Tests.Diagnostics;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests.Training;

public class LearningRateBoundTests
{
    [Fact]
    public void GivesNumpysEigenvalueForTheCurrentNotebooksTrainingSet()
    {
        // numpy.linalg.eigvalsh de (1/n)·[X | 1]ᵀ[X | 1] con las 52 muestras de entrenamiento (a347fad).
        var x = CurrentNotebook.Train.Features;

        Assert.Equal(15.26833252206607, LearningRateBound.LargestEigenvalue(x), 1e-10);
        Assert.Equal(0.5239602941865626, LearningRateBound.Logistic(x), 1e-12);
    }

    [Fact]
    public void GivesNumpysEigenvalueForTheFirstNotebooksTrainingSet()
    {
        // Las 66 muestras de entrenamiento de la primera versión del cuaderno (ef3e2b2): 8/λ = 0.498, no 0.5.
        var (train, _) = Split.EveryThird(CurrentNotebook.Blobs);

        Assert.Equal(16.067408313952033, LearningRateBound.LargestEigenvalue(train.Features), 1e-10);
        Assert.Equal(0.49790232772346055, LearningRateBound.Logistic(train.Features), 1e-12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BelowTheBoundTheLossNeverRises(int seed)
    {
        // Datos sin centrar (media 3) y etiquetas al azar: un valle estrecho, donde una tasa grande rebotaría.
        var x = TestData.RandomMatrix(40, 3, seed).Add(3);
        var y = TestData.RandomLabels(40, 2, seed + 100);
        double rate = 0.99 * LearningRateBound.Logistic(x);
        var w = TestData.RandomVector(3, seed + 200, scale: 2);
        double b = 1;

        double previous = double.PositiveInfinity;
        for (int step = 0; step < 300; step++)
        {
            var (loss, newW, newB) = TestData.PlainLogisticStep(x, y, w, b, rate);
            Assert.True(loss <= previous + 1e-12, $"paso {step}: la pérdida sube de {previous} a {loss}");
            (previous, w, b) = (loss, newW, newB);
        }
    }

    [Fact]
    public void RejectsDataWithNaN()
    {
        var x = Matrix<double>.Build.Dense(2, 2, [1, double.NaN, 3, 4]);

        var e = Assert.Throws<InvalidArgumentException>(() => LearningRateBound.Logistic(x));
        Assert.Equal("x", e.ParamName);
    }
}
