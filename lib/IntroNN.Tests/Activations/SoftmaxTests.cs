using CsCheck;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class SoftmaxTests
{
    private static readonly Gen<double[]> Logits = Gen.Double[-50, 50].Array[2, 12];

    [Fact]
    public void KnownValue()
    {
        // softmax(1, 2, 3) = e^k / (e + e² + e³)
        double sum = Math.Exp(1) + Math.Exp(2) + Math.Exp(3);
        var p = Activations.Softmax(Vector<double>.Build.Dense([1.0, 2, 3]));
        TestData.Close(Vector<double>.Build.Dense([Math.Exp(1) / sum, Math.Exp(2) / sum, Math.Exp(3) / sum]), p, 1e-15);
    }

    [Fact]
    public void ProbabilitiesArePositiveAndSumToOne() =>
        Logits.Sample(z =>
        {
            var p = Activations.Softmax(Vector<double>.Build.Dense(z));
            return Math.Abs(p.Sum() - 1) <= 1e-12 && p.All(v => v >= 0 && v <= 1);
        });

    [Fact]
    public void AddingAConstantDoesNotChangeTheResult() =>
        Gen.Select(Logits, Gen.Double[-1e3, 1e3])
            .Sample(
                (z, c) =>
                {
                    var p = Activations.Softmax(Vector<double>.Build.Dense(z));
                    var shifted = Activations.Softmax(Vector<double>.Build.Dense(z.Select(v => v + c).ToArray()));
                    return (p - shifted).AbsoluteMaximum() <= 1e-12;
                }
            );

    [Fact]
    public void MatrixRowsSumToOneAndAreShiftInvariantRowByRow() =>
        Gen.Select(Gen.Int[1, 6], Gen.Int[2, 6], Gen.Int)
            .Sample(
                (rows, classes, seed) =>
                {
                    var z = TestData.RandomMatrix(rows, classes, seed, scale: 30);
                    var p = Activations.Softmax(z);
                    var shift = TestData.RandomVector(rows, seed + 1, scale: 500);
                    var shifted = Activations.Softmax(
                        Matrix<double>.Build.Dense(rows, classes, (i, k) => z[i, k] + shift[i])
                    );
                    for (int i = 0; i < rows; i++)
                    {
                        Assert.Equal(1, p.Row(i).Sum(), 1e-12);
                        TestData.Close(Activations.Softmax(z.Row(i)), p.Row(i), 0);
                    }
                    TestData.Close(p, shifted, 1e-12);
                }
            );

    [Fact]
    public void ExtremeLogitsStayFinite()
    {
        var p = Activations.Softmax(Vector<double>.Build.Dense([1e4, -1e4, 0]));
        Assert.All(p, v => Assert.True(double.IsFinite(v)));
        Assert.Equal(1, p[0]);
        var logP = Activations.LogSoftmax(Vector<double>.Build.Dense([1e4, -1e4, 0]));
        TestData.Close(Vector<double>.Build.Dense([0, -2e4, -1e4]), logP, 1e-9);
    }

    [Fact]
    public void LogSoftmaxIsTheLogarithmOfSoftmax() =>
        Gen.Double[-30, 30]
            .Array[2, 8]
            .Sample(z =>
            {
                var v = Vector<double>.Build.Dense(z);
                var expected = Activations.Softmax(v).PointwiseLog();
                return (expected - Activations.LogSoftmax(v)).AbsoluteMaximum() <= 1e-12;
            });

    [Fact]
    public void LogSoftmaxMatrixWorksRowByRow()
    {
        var z = TestData.RandomMatrix(4, 3, seed: 3, scale: 10);
        var logP = Activations.LogSoftmax(z);
        for (int i = 0; i < 4; i++)
            TestData.Close(Activations.LogSoftmax(z.Row(i)), logP.Row(i), 0);
    }
}
