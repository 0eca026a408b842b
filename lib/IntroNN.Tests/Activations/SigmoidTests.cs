using CsCheck;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class SigmoidTests
{
    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, 0.7310585786300049)] // 1/(1+e^-1)
    [InlineData(-2, 0.11920292202211755)] // 1/(1+e^2)
    [InlineData(-40, 4.248354255291589e-18)] // e^-40/(1+e^-40): en la cola izquierda la sigmoide conserva sus cifras
    public void KnownValues(double z, double expected)
    {
        // Error relativo: un número de 10⁻¹⁸ comparado con 15 decimales daría por bueno hasta el 0.
        Assert.True(
            Math.Abs(Activations.Sigmoid(z) - expected) <= 1e-15 * expected,
            $"σ({z}) = {Activations.Sigmoid(z):R}, se esperaba {expected:R}"
        );
    }

    [Fact]
    public void TheRightTailRoundsToOneWhereDoublesRunOutOfDigits()
    {
        // 1 − σ(40) = 4.2e-18 está por debajo de la mitad del paso entre doubles junto a 1 (1.1e-16): σ(40) es 1.0.
        Assert.Equal(1.0, Activations.Sigmoid(40));
        Assert.True(Activations.Sigmoid(36) < 1.0);
    }

    [Fact]
    public void SymmetryHoldsForEveryFiniteZ() =>
        Gen
            .Double.Where(double.IsFinite)
            .Sample(z => Math.Abs(Activations.Sigmoid(z) + Activations.Sigmoid(-z) - 1) <= 1e-15);

    [Fact]
    public void ValuesStayInsideTheUnitIntervalAndAreNeverNaN() =>
        Gen
            .Double.Where(double.IsFinite)
            .Sample(z =>
            {
                double s = Activations.Sigmoid(z);
                return s >= 0 && s <= 1 && !double.IsNaN(s);
            });

    [Fact]
    public void VeryNegativeInputGivesATinyPositiveNumber()
    {
        double s = Activations.Sigmoid(-800);
        Assert.True(s > 0 && double.IsFinite(s), $"σ(−800) = {s}");
        Assert.True(s < 1e-300);
        Assert.True(double.IsFinite(Math.Log(s)));
        Assert.Equal(1.0, Activations.Sigmoid(800));
    }

    [Fact]
    public void ModerateNegativeInputKeepsItsRelativePrecision()
    {
        // σ(−30) = e^−30/(1+e^−30): la forma ingenua 1/(1+e^30) también es exacta aquí; e^-30 ≈ 9.357622968840175e-14.
        double expected = Math.Exp(-30) / (1 + Math.Exp(-30));
        Assert.Equal(expected, Activations.Sigmoid(-30), 1e-27);
    }

    [Fact]
    public void DerivativeMatchesCentralDifferences() =>
        Gen.Double[-20, 20]
            .Sample(z =>
            {
                const double h = 1e-5;
                double numeric = (Activations.Sigmoid(z + h) - Activations.Sigmoid(z - h)) / (2 * h);
                return Math.Abs(numeric - Activations.SigmoidDerivative(z)) <= 1e-9;
            });

    [Fact]
    public void DerivativePeaksAtOneQuarter() => Assert.Equal(0.25, Activations.SigmoidDerivative(0));

    [Theory]
    [InlineData(40)]
    [InlineData(-40)]
    [InlineData(700)]
    public void DerivativeKeepsTinyTailValues(double z)
    {
        // Forma cerrada en las colas: σ'(z) = e^(−|z|)/(1 + e^(−|z|))², que para |z| ≥ 40 es e^(−|z|) con 17 cifras.
        double expected = Math.Exp(-Math.Abs(z));
        Assert.Equal(1, Activations.SigmoidDerivative(z) / expected, 1e-14);
    }

    [Fact]
    public void VectorVersionAppliesElementwise()
    {
        var z = Vector<double>.Build.Dense([-800, -1, 0, 2, 1e4]);
        var s = Activations.Sigmoid(z);
        for (int i = 0; i < z.Count; i++)
            Assert.Equal(Activations.Sigmoid(z[i]), s[i]);
    }
}
