using CsCheck;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class CrossEntropyTests
{
    [Fact]
    public void IsTheMeanNegativeLogProbabilityOfTheTrueClass()
    {
        var logits = Matrix<double>.Build.DenseOfArray(
            new double[,]
            {
                { 1, 2, 3 },
                { 0, 0, 0 },
            }
        );
        int[] labels = [2, 0];
        double sum = Math.Exp(1) + Math.Exp(2) + Math.Exp(3);
        double expected = (-Math.Log(Math.Exp(3) / sum) - Math.Log(1.0 / 3)) / 2;
        Assert.Equal(expected, Losses.CrossEntropy(logits, labels), 1e-14);
    }

    [Fact]
    public void WithTwoClassesEqualsBinaryCrossEntropyFromLogits() =>
        // Logits (0, z): softmax da σ(z) para la clase 1.
        Gen.Select(Gen.Double[-1e4, 1e4], Gen.Int[0, 1])
            .Sample(
                (z, y) =>
                {
                    var logits = Matrix<double>.Build.DenseOfArray(
                        new[,]
                        {
                            { 0, z },
                        }
                    );
                    double categorical = Losses.CrossEntropy(logits, [y]);
                    double binary = Losses.BinaryCrossEntropyWithLogits(z, y);
                    return double.IsFinite(categorical) && Math.Abs(categorical - binary) <= 1e-12 * (1 + binary);
                }
            );

    [Fact]
    public void ExtremeLogitsStayFinite()
    {
        var logits = Matrix<double>.Build.DenseOfArray(
            new double[,]
            {
                { 1e4, -1e4, 0 },
                { -1e4, 1e4, 5e3 },
            }
        );
        double loss = Losses.CrossEntropy(logits, [1, 0]);
        Assert.True(double.IsFinite(loss));
        Assert.Equal((2e4 + 2e4) / 2, loss, 9);
    }

    [Fact]
    public void OneHotPutsASingleOnePerRow()
    {
        var y = OneHot.Encode([2, 0, 1, 2], 3);
        Assert.Equal(4, y.RowCount);
        Assert.Equal(3, y.ColumnCount);
        Assert.Equal(new double[] { 0, 0, 1 }, y.Row(0).ToArray());
        Assert.Equal(new double[] { 1, 0, 0 }, y.Row(1).ToArray());
        Assert.Equal(new double[] { 0, 1, 0 }, y.Row(2).ToArray());
        Assert.All(y.RowSums(), s => Assert.Equal(1, s));
    }
}
