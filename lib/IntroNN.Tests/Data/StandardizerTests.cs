using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class StandardizerTests
{
    [Fact]
    public void TransformedTrainingColumnsHaveMeanZeroAndDeviationOne()
    {
        var x = TestData.RandomMatrix(200, 3, seed: 1, scale: 7) + 5;
        var scaler = Standardizer.Fit(x);
        var z = scaler.Transform(x);
        for (int j = 0; j < 3; j++)
        {
            var column = z.Column(j);
            Assert.Equal(0, column.Average(), 12);
            Assert.Equal(1, Math.Sqrt(column.Select(v => v * v).Average()), 12);
            Assert.Equal(x.Column(j).Average(), scaler.Means[j], 12);
        }
        TestData.Close(x, scaler.InverseTransform(z), 1e-12);
    }

    [Fact]
    public void KnownValuesAndConstantColumns()
    {
        var x = Matrix<double>.Build.DenseOfArray(
            new double[,]
            {
                { 1, 5 },
                { 3, 5 },
            }
        );
        var scaler = Standardizer.Fit(x);
        Assert.Equal([2.0, 5], scaler.Means);
        Assert.Equal([1.0, 1], scaler.StandardDeviations); // la segunda es constante: se divide entre 1
        Assert.Equal(
            new double[,]
            {
                { -1, 0 },
                { 1, 0 },
            },
            scaler.Transform(x).ToArray()
        );
    }

    [Fact]
    public void TestDataUsesTheTrainingStatistics()
    {
        var train = Matrix<double>.Build.DenseOfArray(
            new double[,]
            {
                { 0 },
                { 2 },
            }
        );
        var test = Matrix<double>.Build.DenseOfArray(
            new double[,]
            {
                { 4 },
            }
        );
        Assert.Equal(3, Standardizer.Fit(train).Transform(test)[0, 0]);
    }
}
