using System.Runtime.Intrinsics;
using CsCheck;
using IntroNN.Kernels;

namespace IntroNN.Tests.Kernels;

public class VectorExpTests
{
    [Fact]
    public void MatchesMathExpToTheLastDigitsForNonPositiveInputs() =>
        Gen.Double[-708, 0]
            .Array[1, 40]
            .Sample(values =>
            {
                var result = (double[])values.Clone();
                VectorExp.InPlace(result);
                for (int i = 0; i < values.Length; i++)
                {
                    double expected = Math.Exp(values[i]);
                    Assert.True(
                        Math.Abs(result[i] - expected) <= 4e-16 * expected,
                        $"e^{values[i]:R}: {result[i]:R} frente a {expected:R}"
                    );
                }
            });

    [Fact]
    public void EdgeCases()
    {
        double[] values = [0, -0.0, -1e-300, -708, -708.5, -745, -1e4, double.NegativeInfinity, double.NaN, 1, -1];
        VectorExp.InPlace(values);
        Assert.Equal(1, values[0]);
        Assert.Equal(1, values[1]);
        Assert.Equal(1, values[2]);
        Assert.Equal(Math.Exp(-708), values[3], Math.Exp(-708) * 1e-15);
        Assert.Equal(0, values[4]); // por debajo de −708 se redondea a 0 (e^x < 3e-308)
        Assert.Equal(0, values[5]);
        Assert.Equal(0, values[6]);
        Assert.Equal(0, values[7]);
        Assert.True(double.IsNaN(values[8]));
        Assert.Equal(Math.E, values[9], 1e-15);
        Assert.Equal(1 / Math.E, values[10], 1e-16);
    }

    [Fact]
    public void WideVersionGivesTheSameBits() =>
        Gen.Double[-720, 0]
            .Array[8]
            .Sample(values =>
            {
                var wide = VectorExp.Compute(Vector512.Create(values));
                for (int i = 0; i < values.Length; i += System.Numerics.Vector<double>.Count)
                {
                    var narrow = VectorExp.Compute(new System.Numerics.Vector<double>(values, i));
                    for (int k = 0; k < System.Numerics.Vector<double>.Count; k++)
                        Assert.Equal(narrow[k], wide[i + k]); // las mismas operaciones en el mismo orden
                }
            });
}
