namespace IntroNN.Tests;

public class MetricsTests
{
    [Fact]
    public void AccuracyIsTheFractionOfHits() => Assert.Equal(0.75, Metrics.Accuracy([1, 0, 1, 1], [1, 0, 0, 1]));

    [Fact]
    public void ConfusionMatrixRowsAreActualAndColumnsArePredicted()
    {
        // Una muestra de clase real 0 predicha como 2; dos de clase real 1 bien; una de clase real 2 predicha como 1.
        var m = Metrics.ConfusionMatrix(predicted: [2, 1, 1, 1], actual: [0, 1, 1, 2], classes: 3);
        Assert.Equal(1, m[0, 2]);
        Assert.Equal(0, m[2, 0]);
        Assert.Equal(2, m[1, 1]);
        Assert.Equal(1, m[2, 1]);
        Assert.Equal(4, m.Cast<int>().Sum());
    }

    [Fact]
    public void ModelMetricsOverADataset()
    {
        var data = Datasets.Blobs(
            60,
            [
                [-3, 0],
                [3, 0],
            ],
            0.5,
            seed: 1
        );
        var model = new LogisticRegression(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense([1.0, 0]), 0);
        Assert.Equal(1.0, Metrics.Accuracy(model, data));
        Assert.Equal(model.Loss(data.Features, data.Labels), Metrics.Loss(model, data));
    }
}
