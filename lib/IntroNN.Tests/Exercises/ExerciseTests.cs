using IntroNN;

namespace IntroNN.Tests.Exercises;

public class ExerciseTests
{
    [Fact]
    public void CheckNumberNaNOrNullIsUnanswered()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Exercise.CheckNumber(double.NaN, 0.5, "pista").Status);
        Assert.Equal(ExerciseStatus.Unanswered, Exercise.CheckNumber(null, 0.5, "pista").Status);
        Assert.Equal("Todavía sin responder", Exercise.CheckNumber(double.NaN, 0.5, "pista").Message);
    }

    [Theory]
    [InlineData(0.105, 0.10536051565782628, 1e-3)] // −log 0,9 con tres decimales
    [InlineData(2.303, 2.302585092994046, 1e-3)] // −log 0,1
    [InlineData(7080.5, 7080.0, 1e-3)] // relativa: 0,5 de 7080 es menos de una milésima
    [InlineData(0.0, 1e-9, 1e-6)] // absoluta cerca de 0
    public void CheckNumberWithinToleranceIsCorrect(double answer, double expected, double tolerance)
    {
        var result = Exercise.CheckNumber(answer, expected, "pista", tolerance);
        Assert.Equal(ExerciseStatus.Correct, result.Status);
        Assert.Equal("✔ ¡Correcto!", result.Message);
    }

    [Theory]
    [InlineData(0.11, 0.10536051565782628, 1e-3)]
    [InlineData(7090.0, 7080.0, 1e-3)]
    [InlineData(double.PositiveInfinity, 1.0, 1e-3)]
    public void CheckNumberOutsideToleranceIsIncorrectAndShowsHintAndAnswer(
        double answer,
        double expected,
        double tolerance
    )
    {
        var result = Exercise.CheckNumber(answer, expected, "recuerda el signo", tolerance);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.StartsWith("✘ Aún no: recuerda el signo", result.Message);
        Assert.Contains(answer.ToString("G6", System.Globalization.CultureInfo.InvariantCulture), result.Message);
    }

    [Fact]
    public void CheckNumberRejectsBadArgumentsFromTheChapterAuthor()
    {
        var e = Assert.Throws<InvalidArgumentException>(() => Exercise.CheckNumber(1, double.NaN, "pista"));
        Assert.Equal("expected", e.ParamName);
        Assert.Contains("finito", e.Message);
        Assert.Throws<InvalidArgumentException>(() => Exercise.CheckNumber(1, 1, "pista", tolerance: -1));
        Assert.Throws<InvalidArgumentException>(() => Exercise.CheckNumber(1, 1, null!));
    }

    [Fact]
    public void CheckIntegerIsExact()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Exercise.CheckInteger(null, 7, "pista").Status);
        Assert.Equal(ExerciseStatus.Correct, Exercise.CheckInteger(7, 7, "pista").Status);
        var wrong = Exercise.CheckInteger(8, 7, "cuenta otra vez");
        Assert.Equal(ExerciseStatus.Incorrect, wrong.Status);
        Assert.Equal("✘ Aún no: cuenta otra vez (tu respuesta: 8)", wrong.Message);
    }

    [Fact]
    public void CheckBooleanDistinguishesTheThreeStates()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Exercise.CheckBoolean(null, true, "pista").Status);
        Assert.Equal(ExerciseStatus.Correct, Exercise.CheckBoolean(true, true, "pista").Status);
        Assert.Equal(ExerciseStatus.Incorrect, Exercise.CheckBoolean(false, true, "pista").Status);
    }

    private static readonly double[] Points = [-3, -0.5, 0, 0.5, 3];

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    [Fact]
    public void CheckFunctionAcceptsAnEquivalentFormula()
    {
        // e^z / (1 + e^z) es la misma función que 1 / (1 + e^(−z)), escrita de otra forma.
        var result = Exercise.CheckFunction(z => Math.Exp(z) / (1 + Math.Exp(z)), Logistic, Points, "pista");
        Assert.Equal(ExerciseStatus.Correct, result.Status);
    }

    [Fact]
    public void CheckFunctionReportsWhereAWrongFormulaFails()
    {
        // Olvidar el signo menos: 1/(1 + e^z) = σ(−z); coincide en z = 0 y falla en z = −3.
        var result = Exercise.CheckFunction(
            z => 1 / (1 + Math.Exp(z)),
            Logistic,
            Points,
            "revisa el signo del exponente"
        );
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("x = -3", result.Message);
        Assert.Contains("revisa el signo del exponente", result.Message);
    }

    [Fact]
    public void CheckFunctionTreatsDefaultsAsUnanswered()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Exercise.CheckFunction(null, Logistic, Points, "pista").Status);
        Assert.Equal(
            ExerciseStatus.Unanswered,
            Exercise.CheckFunction(_ => double.NaN, Logistic, Points, "pista").Status
        );
        Assert.Equal(
            ExerciseStatus.Unanswered,
            Exercise.CheckFunction(_ => throw new NotImplementedException(), Logistic, Points, "pista").Status
        );
    }

    [Fact]
    public void CheckFunctionNeverThrowsBecauseOfTheLearner()
    {
        var result = Exercise.CheckFunction(
            z => z > 0 ? throw new InvalidOperationException("ups") : 0,
            Logistic,
            Points,
            "pista"
        );
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("InvalidOperationException", result.Message);
        Assert.Contains("x = 0.5", result.Message);
    }

    [Fact]
    public void CheckFunctionNamesTheVariableTheChapterUses()
    {
        var result = Exercise.CheckFunction(z => 0.5, Logistic, Points, "pista", variable: "z");
        Assert.Contains("en z = -3 tu función da 0.5", result.Message);
    }

    [Fact]
    public void ToStringIsTheMessageSoWriteLinePrintsOneLine()
    {
        var result = Exercise.CheckInteger(3, 3, "pista");
        Assert.Equal(result.Message, result.ToString());
    }
}
