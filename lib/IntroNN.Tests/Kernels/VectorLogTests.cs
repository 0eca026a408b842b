using System.Numerics;
using System.Runtime.Intrinsics;
using CsCheck;
using IntroNN.Kernels;

namespace IntroNN.Tests.Kernels;

public class VectorLogTests
{
    [Fact]
    public void MatchesMathLogFromOneToLargeSums() =>
        Gen.Double[1, 1e6]
            .Array[1, 40]
            .Sample(values =>
            {
                foreach (double s in values)
                {
                    double expected = Math.Log(s);
                    double vector = VectorLog.OfAtLeastOne(new Vector<double>(s))[0];
                    double wide = VectorLog.OfAtLeastOne(Vector512.Create(s))[0];
                    // log s pasa por 0 en s = 1: error absoluto de unos ulp del resultado, o 1e-16 cerca de 0.
                    double tolerance = 4e-16 * Math.Max(expected, 0.25);
                    Assert.True(
                        Math.Abs(vector - expected) <= tolerance,
                        $"log {s:R}: {vector:R} frente a {expected:R}"
                    );
                    Assert.True(
                        Math.Abs(wide - expected) <= tolerance,
                        $"log {s:R} (512): {wide:R} frente a {expected:R}"
                    );
                }
            });

    [Fact]
    public void ExactAtOneAndPowersOfTwo()
    {
        Assert.Equal(0, VectorLog.OfAtLeastOne(Vector<double>.One)[0]);
        Assert.Equal(Math.Log(2), VectorLog.OfAtLeastOne(new Vector<double>(2))[0], 1e-16);
        Assert.Equal(10 * Math.Log(2), VectorLog.OfAtLeastOne(new Vector<double>(1024))[0], 2e-15);
        Assert.Equal(Math.Log(10), VectorLog.OfAtLeastOne(new Vector<double>(10))[0], 5e-16); // K = 10 clases iguales
    }
}
