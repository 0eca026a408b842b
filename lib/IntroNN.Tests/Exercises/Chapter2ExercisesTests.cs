using IntroNN;

namespace IntroNN.Tests.Exercises;

// Valores esperados de la cuenta a mano: 0.9·0.8·0.7 = 0.504, ln 0.504 = −0.68518..., 2⁻¹⁰⁷⁵ redondea a 0.
public class Chapter2ExercisesTests
{
    [Fact]
    public void Exercise1LabelProbabilityIsOneMinusYhat()
    {
        Assert.Equal(ExerciseStatus.Correct, Chapter2Exercises.CheckLabelProbability(0.2).Status);
        Assert.Contains(
            "0.8 es ŷ, la probabilidad de la clase 1",
            Chapter2Exercises.CheckLabelProbability(0.8).Message
        );
        Assert.Contains("solo el primer factor", Chapter2Exercises.CheckLabelProbability(1).Message);
        Assert.Contains("se queda con el factor 1 − ŷ", Chapter2Exercises.CheckLabelProbability(0.3).Message);
    }

    [Theory]
    [InlineData(0.126, "su factor es 1 − 0.2 = 0.8")]
    [InlineData(2.4, "no su suma")]
    [InlineData(0.8, "no su media")]
    [InlineData(-0.685, "eso es su logaritmo")]
    [InlineData(0.5, "multiplica la probabilidad")]
    public void Exercise2LikelihoodExplainsTheTypicalMistakes(double answer, string explanation)
    {
        var result = Chapter2Exercises.CheckLikelihood(answer);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains(explanation, result.Message);
    }

    [Fact]
    public void Exercise2LikelihoodAcceptsTheProduct() =>
        Assert.Equal(ExerciseStatus.Correct, Chapter2Exercises.CheckLikelihood(0.504).Status);

    [Fact]
    public void Exercise3FirstZeroOfHalvesIs1075()
    {
        // Independiente de la biblioteca: 2⁻¹⁰⁷⁴ es el menor double y 2⁻¹⁰⁷⁵ (la mitad) redondea a 0.
        Assert.True(Math.ScaleB(1.0, -1074) > 0 && Math.ScaleB(1.0, -1074) * 0.5 == 0);
        Assert.Equal(ExerciseStatus.Correct, Chapter2Exercises.CheckFirstZeroOfHalves(1075).Status);
    }

    [Theory]
    [InlineData(1074, "justo el menor double positivo")]
    [InlineData(1022, "hasta 2⁻¹⁰⁷⁴")]
    [InlineData(1076, "con n = 1075 ya da 0")]
    [InlineData(7073, "lo que no llega a su mitad redondea a 0")] // la respuesta de p = 0.9, no la de 0.5
    public void Exercise3FirstZeroExplainsTheTypicalMistakes(long answer, string explanation)
    {
        var result = Chapter2Exercises.CheckFirstZeroOfHalves(answer);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains(explanation, result.Message);
    }

    [Fact]
    public void Exercise4LogLikelihoodIsTheNaturalLog()
    {
        Assert.Equal(ExerciseStatus.Correct, Chapter2Exercises.CheckLogLikelihood(-0.6852).Status);
        Assert.Contains("base 10", Chapter2Exercises.CheckLogLikelihood(-0.2976).Message);
        Assert.Contains("sobra el signo menos", Chapter2Exercises.CheckLogLikelihood(0.6852).Message);
        Assert.Contains("log(1 − 0.2) = log 0.8", Chapter2Exercises.CheckLogLikelihood(-2.0715).Message);
        Assert.Contains("con el logaritmo natural", Chapter2Exercises.CheckLogLikelihood(-1.5).Message);
    }

    [Fact]
    public void UnansweredDefaultsSaySo()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Chapter2Exercises.CheckLabelProbability(double.NaN).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter2Exercises.CheckLikelihood(double.NaN).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter2Exercises.CheckFirstZeroOfHalves(null).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter2Exercises.CheckLogLikelihood(double.NaN).Status);
    }
}
