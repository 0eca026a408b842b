using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests.Safety;

/// <summary>
/// Issue 13, clase 8: la inferencia nunca devuelve un NaN en silencio. Donde la función tiene límite en ±∞ se devuelve
/// el límite (calculado a mano abajo); donde no lo tiene (NaN, softmax de todo −∞) hay un error en español que dice el
/// argumento, lo que se esperaba y lo que llegó.
/// </summary>
public class InferenceLimitsTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.Dense(values);

    [Fact]
    public void SigmoidAndItsDerivativeTakeTheirLimitsAtInfinity()
    {
        Assert.Equal(1.0, Activations.Sigmoid(double.PositiveInfinity));
        Assert.Equal(double.Epsilon, Activations.Sigmoid(double.NegativeInfinity)); // el mínimo de la biblioteca, no 0
        Assert.Equal(0.0, Activations.SigmoidDerivative(double.PositiveInfinity));
        Assert.Equal(0.0, Activations.SigmoidDerivative(double.NegativeInfinity));
        Assert.Equal(
            [double.Epsilon, 0.5, 1.0],
            Activations.Sigmoid(V(double.NegativeInfinity, 0, double.PositiveInfinity))
        );
    }

    [Fact]
    public void SigmoidOfNaNSaysThatNaNHasNoLimit()
    {
        const string expected =
            "z vale NaN, pero se esperaba un número (σ(∞) = 1 y σ(-∞) ≈ 0 valen; NaN no tiene límite).";
        var scalar = Assert.Throws<InvalidArgumentException>(() => Activations.Sigmoid(double.NaN));
        Assert.Equal(expected, scalar.Message);
        Assert.Equal("z", scalar.ParamName);
        Assert.Equal(
            expected,
            Assert.Throws<InvalidArgumentException>(() => Activations.SigmoidDerivative(double.NaN)).Message
        );
        Assert.Equal(
            "z[1] vale NaN, pero se esperaba un número (∞ y -∞ valen: tienen límite; NaN no).",
            Assert.Throws<InvalidArgumentException>(() => Activations.Sigmoid(V(0, double.NaN))).Message
        );
    }

    [Fact]
    public void SoftmaxGivesAllTheProbabilityToTheInfiniteLogits()
    {
        // e^1 / (e^1 + e^t) → 0 y e^t / (e^1 + e^t) → 1 cuando t → ∞; con dos logits que crecen igual, 1/2 cada uno.
        Assert.Equal([0.0, 1.0], Activations.Softmax(V(1, double.PositiveInfinity)));
        Assert.Equal([0.5, 0.0, 0.5], Activations.Softmax(V(double.PositiveInfinity, 7, double.PositiveInfinity)));
        // −∞ es una probabilidad 0 y el resto se reparte como siempre: softmax(0, 0) = (1/2, 1/2).
        Assert.Equal([0.5, 0.0, 0.5], Activations.Softmax(V(0, double.NegativeInfinity, 0)));
        var rows = Activations.Softmax(
            Matrix<double>.Build.DenseOfArray(
                new[,]
                {
                    { 1, double.PositiveInfinity },
                    { 0, 0 },
                }
            )
        );
        Assert.Equal(
            new[,]
            {
                { 0.0, 1.0 },
                { 0.5, 0.5 },
            },
            rows.ToArray()
        );
    }

    [Fact]
    public void LogSoftmaxIsTheLogarithmOfThoseLimits()
    {
        Assert.Equal([double.NegativeInfinity, 0.0], Activations.LogSoftmax(V(1, double.PositiveInfinity)));
        Assert.Equal(
            [-Math.Log(2), double.NegativeInfinity, -Math.Log(2)],
            Activations.LogSoftmax(V(double.PositiveInfinity, 7, double.PositiveInfinity))
        );
        Assert.Equal(
            [-Math.Log(2), double.NegativeInfinity, -Math.Log(2)],
            Activations.LogSoftmax(V(0, double.NegativeInfinity, 0))
        );
    }

    [Fact]
    public void SoftmaxWithoutALimitSaysWhy()
    {
        var allMinus = Assert.Throws<InvalidArgumentException>(() =>
            Activations.Softmax(V(double.NegativeInfinity, double.NegativeInfinity))
        );
        Assert.Equal(
            "logits tiene todos sus valores en -∞, pero se esperaba al menos uno mayor que -∞. "
                + "softmax(-∞, …, -∞) es 0/0 y no tiene límite.",
            allMinus.Message
        );
        Assert.Equal("logits", allMinus.ParamName);
        Assert.Equal(
            "logits[1] vale NaN, pero se esperaba un número (∞ y -∞ valen: tienen límite; NaN no).",
            Assert.Throws<InvalidArgumentException>(() => Activations.LogSoftmax(V(0, double.NaN))).Message
        );
        var matrix = Matrix<double>.Build.DenseOfArray(
            new[,]
            {
                { 0, 1 },
                { double.NaN, 0 },
            }
        );
        Assert.Equal(
            "logits[1, 0] vale NaN, pero se esperaba un número (∞ y -∞ valen: tienen límite; NaN no).",
            Assert.Throws<InvalidArgumentException>(() => Activations.Softmax(matrix)).Message
        );
        var minusRow = Matrix<double>.Build.DenseOfArray(
            new[,]
            {
                { 0, 1 },
                { double.NegativeInfinity, double.NegativeInfinity },
            }
        );
        Assert.StartsWith(
            "logits (fila 1) tiene todos sus valores en -∞",
            Assert.Throws<InvalidArgumentException>(() => Activations.LogSoftmax(minusRow)).Message
        );
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "∞")]
    public void ModelsRejectNonFiniteDataAtInferenceNamingRowAndColumn(double bad, string shown)
    {
        var x = Matrix<double>.Build.DenseOfArray(
            new[,]
            {
                { 1.0, 2 },
                { bad, 0 },
            }
        );
        string expected = $"x[1, 0] vale {shown}, pero se esperaba un número finito (ni NaN ni ∞).";
        var logistic = new LogisticRegression(V(0.5, -0.5), 0.1);
        var softmax = SoftmaxRegression.Zeros(2, 3);

        Assert.Equal(expected, Assert.Throws<InvalidArgumentException>(() => logistic.Forward(x)).Message);
        Assert.Equal(expected, Assert.Throws<InvalidArgumentException>(() => logistic.PredictProbabilities(x)).Message);
        Assert.Equal(expected, Assert.Throws<InvalidArgumentException>(() => logistic.Predict(x)).Message);
        Assert.Equal(expected, Assert.Throws<InvalidArgumentException>(() => softmax.Forward(x)).Message);
        Assert.Equal(expected, Assert.Throws<InvalidArgumentException>(() => softmax.PredictProbabilities(x)).Message);
        Assert.Equal("x", Assert.Throws<InvalidArgumentException>(() => softmax.Predict(x)).ParamName);
    }

    [Fact]
    public void HugeWeightsOnFiniteDataGiveTheLimitNotNaN()
    {
        // z = 1e300·1e10 desborda a +∞ (y −∞ en la otra fila): σ da sus límites, 1 y el mínimo.
        var x = Matrix<double>.Build.DenseOfArray(
            new[,]
            {
                { 1e10 },
                { -1e10 },
            }
        );
        var logistic = new LogisticRegression(V(1e300), 0);
        Assert.Equal([1.0, double.Epsilon], logistic.PredictProbabilities(x));
        Assert.Equal([1, 0], logistic.Predict(x));

        var softmax = new SoftmaxRegression(
            Matrix<double>.Build.DenseOfArray(
                new[,]
                {
                    { 1e300, 0 },
                }
            ),
            V(0, 0)
        );
        Assert.Equal(
            new[,]
            {
                { 1.0, 0.0 },
                { 0.0, 1.0 },
            },
            softmax.PredictProbabilities(x).ToArray()
        );
        Assert.Equal([0, 1], softmax.Predict(x));
    }

    [Fact]
    public void LogitsThatOverflowBothWaysAreExplained()
    {
        // w₁x₁ + w₂x₂ = 1e310 − 1e310: cada producto desborda a ±∞ y su suma es NaN, con datos y pesos finitos.
        var x = Matrix<double>.Build.DenseOfArray(
            new[,]
            {
                { 1e10, 1e10 },
            }
        );
        var logistic = new LogisticRegression(V(1e300, -1e300), 0);

        var error = Assert.Throws<InvalidOperationException>(() => logistic.PredictProbabilities(x));

        Assert.Equal(
            "Los logits de x (1×2) dan NaN con datos y pesos finitos: el producto Xw desborda (∞ − ∞). "
                + "Estandariza x o usa pesos más pequeños.",
            error.Message
        );
    }

    [Fact]
    public void StandardizerTransformRejectsWhatFitRejects()
    {
        var scaler = Standardizer.Fit(
            Matrix<double>.Build.DenseOfArray(
                new[,]
                {
                    { 1.0 },
                    { 3 },
                }
            )
        );
        var x = Matrix<double>.Build.DenseOfArray(
            new[,]
            {
                { 2.0 },
                { double.NaN },
            }
        );

        var error = Assert.Throws<InvalidArgumentException>(() => scaler.Transform(x));

        Assert.Equal("x[1, 0] vale NaN, pero se esperaba un número finito (ni NaN ni ∞).", error.Message);
        Assert.Equal("x", error.ParamName);
    }

    [Fact]
    public void DecisionBoundaryWithZeroWeightsExplainsThereIsNoLine()
    {
        var flat = new LogisticRegression(V(0, 0), 0);
        var vertical = new LogisticRegression(V(2, 0), 1);

        Assert.Equal(
            "w₁ = w₂ = 0: el modelo da la misma probabilidad σ(b) = 0.5 en todo el plano, así que no hay frontera "
                + "de decisión (ninguna recta separa las clases).",
            Assert.Throws<InvalidOperationException>(() => flat.DecisionBoundary()).Message
        );
        Assert.Equal(
            "w₂ = 0: la frontera es la recta vertical x₁ = -0.5, que no se puede escribir como x₂ = m·x₁ + c.",
            Assert.Throws<InvalidOperationException>(() => vertical.DecisionBoundary()).Message
        );
    }
}
