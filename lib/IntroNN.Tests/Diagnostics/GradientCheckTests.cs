using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests;

public class GradientCheckTests
{
    [Fact]
    public void AcceptsACorrectGradientAndRejectsAWrongOne()
    {
        // f(θ) = θ₀²·θ₁ + sin θ₁, ∇f = (2θ₀θ₁, θ₀² + cos θ₁).
        static double F(Vector<double> t) => t[0] * t[0] * t[1] + Math.Sin(t[1]);
        var at = Vector<double>.Build.Dense([1.5, -0.7]);
        var right = Vector<double>.Build.Dense([2 * 1.5 * -0.7, 1.5 * 1.5 + Math.Cos(-0.7)]);
        var good = GradientCheck.Check(F, at, right);
        Assert.True(good.Passed);
        Assert.True(good.MaxAbsoluteError < 1e-9, $"{good.MaxAbsoluteError:E2}");

        var wrong = Vector<double>.Build.Dense([2 * 1.5 * -0.7, 1.5 * 1.5]); // falta cos θ₁
        var bad = GradientCheck.Check(F, at, wrong);
        Assert.False(bad.Passed);
        Assert.Equal(1, bad.WorstIndex);
        Assert.Equal(Math.Cos(-0.7), bad.MaxAbsoluteError, 8);
        Assert.Equal([1.5, -0.7], at); // el punto no se toca
    }

    [Fact]
    public void CheckingAModelLeavesItsParametersUnchanged()
    {
        var model = new LogisticRegression(Vector<double>.Build.Dense([0.3, -0.2]), 0.1);
        var before = model.GetParameters();
        GradientCheck.Check(model, TestData.RandomMatrix(10, 2, seed: 1), TestData.RandomLabels(10, 2, seed: 2));
        Assert.Equal(before, model.GetParameters());
    }
}
