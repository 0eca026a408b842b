using System.Numerics;
using CsCheck;
using IntroNN.Kernels;

namespace IntroNN.Tests.Kernels;

public class VectorLog1pTests
{
    // log(1 + e) to full precision, independently: Math.Log(1 + e) is exact enough once 1 + e loses nothing
    // (e ≥ 1e-3 costs at most ~1e-13 relative), and below that the Taylor series e − e²/2 + e³/3 − e⁴/4 + e⁵/5 converges at once.
    private static double Reference(double e) =>
        e >= 1e-3 ? Math.Log(1 + e) : e - e * e / 2 + e * e * e / 3 - e * e * e * e / 4 + e * e * e * e * e / 5;

    [Fact]
    public void VectorAndScalarMatchLogOnePlusEOnTheUnitInterval() =>
        Gen.Double[0, 1]
            .Array[1, 40]
            .Sample(values =>
            {
                for (int i = 0; i < values.Length; i++)
                {
                    double e = values[i],
                        expected = Reference(e);
                    double scalar = VectorLog1p.OfUnit(e);
                    double vector = VectorLog1p.OfUnit(new Vector<double>(e))[0];
                    double tolerance = (e >= 1e-3 ? 2e-13 : 1e-15) * expected + double.Epsilon;
                    Assert.True(
                        Math.Abs(scalar - expected) <= tolerance,
                        $"log(1 + {e:R}): {scalar:R} frente a {expected:R}"
                    );
                    Assert.True(
                        Math.Abs(vector - expected) <= tolerance,
                        $"log(1 + {e:R}) en vector: {vector:R} frente a {expected:R}"
                    );
                }
            });

    [Fact]
    public void KnownValuesAndEdges()
    {
        Assert.Equal(Math.Log(2), VectorLog1p.OfUnit(1.0), 2e-16); // 1 ulp: s = 1/3 no es exacto
        Assert.Equal(Math.Log(1.5), VectorLog1p.OfUnit(0.5), 2e-16);
        Assert.Equal(0, VectorLog1p.OfUnit(0.0));
        Assert.Equal(1e-300, VectorLog1p.OfUnit(1e-300)); // log(1 + e) ≈ e, sin perder cifras
        Assert.True(double.IsNaN(VectorLog1p.OfUnit(new Vector<double>(double.NaN))[0]));
    }
}
