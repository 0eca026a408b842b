using IntroNN;

namespace IntroNN.Tests.Exercises;

// Los valores esperados salen de la cuenta a mano del enunciado (z = 0.5·2 + 3·(−1) + 1 = −1, σ(−1) = 1/(1 + e)...),
// no de la biblioteca que se corrige.
public class Chapter1ExercisesTests
{
    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1.0004)] // con tres decimales basta
    public void Exercise1DotProductAcceptsMinusOne(double answer) =>
        Assert.Equal(ExerciseStatus.Correct, Chapter1Exercises.CheckDotProduct(answer).Status);

    [Theory]
    [InlineData(-2.0, "te falta sumar el sesgo b = 1")]
    [InlineData(5.0, "3·(−1) = −3")]
    [InlineData(6.5, "cada peso va con su característica")]
    [InlineData(0.0, "multiplica componente a componente")]
    public void Exercise1DotProductExplainsTheTypicalMistakes(double answer, string explanation)
    {
        var result = Chapter1Exercises.CheckDotProduct(answer);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains(explanation, result.Message);
    }

    [Fact]
    public void Exercise2ProbabilityAcceptsSigmaOfMinusOneWithThreeDecimals()
    {
        Assert.Equal(ExerciseStatus.Correct, Chapter1Exercises.CheckProbability(1 / (1 + Math.E)).Status);
        Assert.Equal(ExerciseStatus.Correct, Chapter1Exercises.CheckProbability(0.269).Status);
    }

    [Theory]
    [InlineData(0.731, "eso es σ(1)")] // 1/(1 + e⁻¹): el signo del exponente al revés
    [InlineData(-1.0, "eso es z")]
    [InlineData(0.119, "eso es σ(−2)")] // z sin el sesgo
    [InlineData(0.5, "con z < 0 sale menos de 0.5")]
    public void Exercise2ProbabilityExplainsTheTypicalMistakes(double answer, string explanation)
    {
        var result = Chapter1Exercises.CheckProbability(answer);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains(explanation, result.Message);
    }

    [Fact]
    public void Exercise3BoundaryIsXEqualsFour()
    {
        Assert.Equal(ExerciseStatus.Correct, Chapter1Exercises.CheckDecisionBoundary(4).Status);
        Assert.Contains("x = 2 / 0.5", Chapter1Exercises.CheckDecisionBoundary(-4).Message);
        Assert.Contains("−b/w", Chapter1Exercises.CheckDecisionBoundary(0.25).Message);
        Assert.Contains("despeja x", Chapter1Exercises.CheckDecisionBoundary(1.5).Message);
    }

    [Fact]
    public void Exercise3LargerXAreClassZeroBecauseWIsNegative()
    {
        Assert.Equal(ExerciseStatus.Correct, Chapter1Exercises.CheckSideOfBoundary(false).Status);
        var wrong = Chapter1Exercises.CheckSideOfBoundary(true);
        Assert.Equal(ExerciseStatus.Incorrect, wrong.Status);
        Assert.Contains("un peso negativo da la vuelta a la curva", wrong.Message);
    }

    public static TheoryData<string, Func<double, double>> RightClassZero =>
        new()
        {
            { "σ(−z) de la biblioteca", z => Activations.Sigmoid(-z) },
            { "1/(1 + e^z)", z => 1 / (1 + Math.Exp(z)) },
            { "por signos", z => z >= 0 ? Math.Exp(-z) / (1 + Math.Exp(-z)) : 1 / (1 + Math.Exp(z)) },
        };

    [Theory]
    [MemberData(nameof(RightClassZero))]
    public void Exercise4ClassZeroAcceptsFormsThatKeepEveryDigit(string form, Func<double, double> answer)
    {
        var result = Chapter1Exercises.CheckClassZeroProbability(answer);
        Assert.True(result.Status == ExerciseStatus.Correct, $"{form}: {result.Message}");
    }

    [Fact]
    public void Exercise4OneMinusSigmoidLosesEveryDigitAtZ40()
    {
        // σ(40) = 1 − 4.2·10⁻¹⁸ redondea a 1, así que 1 − σ(40) = 0; el valor verdadero es e⁻⁴⁰/(1 + e⁻⁴⁰).
        foreach (
            Func<double, double> answer in new Func<double, double>[]
            {
                z => 1 - Activations.Sigmoid(z),
                z => 1 - 1 / (1 + Math.Exp(-z)),
            }
        )
        {
            var result = Chapter1Exercises.CheckClassZeroProbability(answer);
            Assert.Equal(ExerciseStatus.Incorrect, result.Status);
            Assert.Contains("en z = 40 tu función da 0", result.Message);
            Assert.Contains("4.24835E-18", result.Message);
            Assert.Contains("se pierden todas las cifras", result.Message);
        }
    }

    [Fact]
    public void Exercise4TheFormWithEToTheMinusZOnTopGivesNaNAtMinus800()
    {
        // En el papel es σ(−z), pero con z = −800: e⁸⁰⁰ = ∞ y ∞/∞ = NaN.
        var result = Chapter1Exercises.CheckClassZeroProbability(z => Math.Exp(-z) / (1 + Math.Exp(-z)));
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("en z = -800 tu función da NaN", result.Message);
        Assert.Contains("e^800 ya no cabe en un double", result.Message);
    }

    [Fact]
    public void Exercise4TheProbabilityOfClassOneIsNamedAsSuch()
    {
        var result = Chapter1Exercises.CheckClassZeroProbability(Activations.Sigmoid);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("la probabilidad de la clase 1", result.Message);
    }

    [Fact]
    public void Exercise4AFormulaThatIsSimplyWrongSaysWhere()
    {
        var result = Chapter1Exercises.CheckClassZeroProbability(z => 1 / (1 + Math.Exp(2 * z)));
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("en z = -3 tu función da", result.Message);
    }

    [Fact]
    public void Exercise4NeverThrowsBecauseOfTheLearner()
    {
        var result = Chapter1Exercises.CheckClassZeroProbability(z =>
            z > 100 ? throw new OverflowException("demasiado") : Activations.Sigmoid(-z)
        );
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("OverflowException en z = 800", result.Message);
    }

    [Fact]
    public void UnansweredDefaultsSaySo()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Chapter1Exercises.CheckDotProduct(double.NaN).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter1Exercises.CheckProbability(double.NaN).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter1Exercises.CheckDecisionBoundary(double.NaN).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter1Exercises.CheckSideOfBoundary(null).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter1Exercises.CheckClassZeroProbability(_ => double.NaN).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter1Exercises.CheckClassZeroProbability(null).Status);
        Assert.Equal(
            ExerciseStatus.Unanswered,
            Chapter1Exercises.CheckClassZeroProbability(_ => throw new NotImplementedException()).Status
        );
        Assert.Equal("Todavía sin responder", Chapter1Exercises.CheckDotProduct(double.NaN).Message);
    }
}
