using CsCheck;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class BinaryCrossEntropyTests
{
    [Fact]
    public void TutorialWorkedExamples()
    {
        // El tutorial: ŷ = 0,9 con y = 1 → −log 0,9 = 0,105; ŷ = 0,1 con y = 1 → −log 0,1 = 2,3.
        Assert.Equal(0.105, Losses.BinaryCrossEntropy(0.9, 1), 3);
        Assert.Equal(2.303, Losses.BinaryCrossEntropy(0.1, 1), 3);
        Assert.Equal(0.10536051565782628, Losses.BinaryCrossEntropy(0.9, 1), 15);
        Assert.Equal(2.3025850929940455, Losses.BinaryCrossEntropy(0.1, 1), 15);
        // Y con y = 0 la cuenta usa 1 − ŷ.
        Assert.Equal(2.3025850929940455, Losses.BinaryCrossEntropy(0.9, 0), 14);
    }

    [Fact]
    public void ClampKeepsCertainMistakesFinite()
    {
        double worst = -Math.Log(Losses.Epsilon);
        Assert.Equal(worst, Losses.BinaryCrossEntropy(0.0, 1), 6);
        Assert.Equal(worst, Losses.BinaryCrossEntropy(1.0, 0), 3);
        Assert.Equal(0, Losses.BinaryCrossEntropy(1.0, 1), 11);
    }

    [Fact]
    public void FromLogitsEqualsFromProbabilitiesWhereBothAreFinite() =>
        // Para |z| ≤ 20, σ(z) queda lejos del recorte ε = 1e-12 y las dos fórmulas deben coincidir. La de
        // probabilidades pierde cifras al calcular 1 − σ(z) cerca de 1, de ahí la tolerancia relativa.
        Gen.Select(Gen.Double[-20, 20], Gen.Int[0, 1])
            .Sample(
                (z, y) =>
                {
                    double fromLogits = Losses.BinaryCrossEntropyWithLogits(z, y);
                    double fromProbability = Losses.BinaryCrossEntropy(Activations.Sigmoid(z), y);
                    return Math.Abs(fromLogits - fromProbability) <= 1e-7 * Math.Max(1e-9, fromLogits) + 1e-15;
                }
            );

    [Fact]
    public void FromLogitsMatchesTheDefinitionForModerateZ() =>
        Gen.Select(Gen.Double[-30, 30], Gen.Int[0, 1])
            .Sample(
                (z, y) =>
                {
                    double expected = y == 1 ? Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
                    return Math.Abs(Losses.BinaryCrossEntropyWithLogits(z, y) - expected) <= 1e-12 * (1 + expected);
                }
            );

    [Fact]
    public void ExtremeLogitsStayFiniteAndExact() =>
        Gen.Select(Gen.Double[-1e4, 1e4], Gen.Int[0, 1])
            .Sample(
                (z, y) =>
                {
                    double loss = Losses.BinaryCrossEntropyWithLogits(z, y);
                    // Para |z| grande la pérdida es |z| si se equivoca de lado y ≈ e^(−|z|) si acierta.
                    bool wrongSide = (y == 1 && z < 0) || (y == 0 && z > 0);
                    double expected = Math.Abs(z) > 40 ? (wrongSide ? Math.Abs(z) : Math.Exp(-Math.Abs(z))) : loss;
                    return double.IsFinite(loss) && loss >= 0 && Math.Abs(loss - expected) <= 1e-12 * (1 + expected);
                }
            );

    [Fact]
    public void TinyLossesKeepTheirRelativePrecision()
    {
        // log(1 + e^−40) = e^−40 − e^−80/2 …: la forma ingenua log(1 + e) daría 0.
        Assert.Equal(Math.Exp(-40), Losses.BinaryCrossEntropyWithLogits(40, 1), Math.Exp(-40) * 1e-12);
    }

    [Fact]
    public void BatchVersionsAreMeans()
    {
        var yHat = Vector<double>.Build.Dense([0.9, 0.1, 0.7]);
        int[] labels = [1, 1, 0];
        double expected = (-Math.Log(0.9) - Math.Log(0.1) - Math.Log(0.3)) / 3;
        Assert.Equal(expected, Losses.BinaryCrossEntropy(yHat, labels), 14);

        var z = Vector<double>.Build.Dense([2.0, -1, 0.5]);
        double expectedLogits = labels.Select((y, i) => Losses.BinaryCrossEntropyWithLogits(z[i], y)).Average();
        Assert.Equal(expectedLogits, Losses.BinaryCrossEntropyWithLogits(z, labels), 15);
    }
}
