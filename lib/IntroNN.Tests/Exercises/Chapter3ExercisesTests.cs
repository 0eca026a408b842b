using IntroNN;

namespace IntroNN.Tests.Exercises;

// Valores esperados de la cuenta a mano: −ln 0.8 = 0.22314, (0.10536 + 0.51083 + 0.22314)/3 = 0.27978,
// σ(2) = 1/(1 + e⁻²) = 0.88080, e⁻¹ = 0.36788.
public class Chapter3ExercisesTests
{
    [Theory]
    [InlineData(0.2231, ExerciseStatus.Correct, "¡Correcto!")]
    [InlineData(1.6094, ExerciseStatus.Incorrect, "la pérdida es −log 0.8, no −log 0.2")] // ŷ en vez de 1 − ŷ
    [InlineData(-0.2231, ExerciseStatus.Incorrect, "falta el signo menos")]
    [InlineData(0.0969, ExerciseStatus.Incorrect, "base 10")]
    [InlineData(0.8, ExerciseStatus.Incorrect, "solo queda el término −log(1 − ŷ)")]
    public void Exercise1Loss(double answer, ExerciseStatus status, string message)
    {
        var result = Chapter3Exercises.CheckLoss(answer);
        Assert.Equal(status, result.Status);
        Assert.Contains(message, result.Message);
    }

    [Theory]
    [InlineData(0.2798, ExerciseStatus.Correct, "¡Correcto!")]
    [InlineData(0.8393, ExerciseStatus.Incorrect, "divide entre 3")]
    [InlineData(0.7419, ExerciseStatus.Incorrect, "la 3.ª muestra tiene y = 0")]
    [InlineData(0.1215, ExerciseStatus.Incorrect, "base 10")]
    [InlineData(-0.2798, ExerciseStatus.Incorrect, "falta el signo menos")]
    [InlineData(0.5, ExerciseStatus.Incorrect, "haz la media")]
    public void Exercise2MeanLoss(double answer, ExerciseStatus status, string message)
    {
        var result = Chapter3Exercises.CheckMeanLoss(answer);
        Assert.Equal(status, result.Status);
        Assert.Contains(message, result.Message);
    }

    [Theory]
    [InlineData(0.8808, ExerciseStatus.Correct, "¡Correcto!")]
    [InlineData(-0.8808, ExerciseStatus.Incorrect, "no y − ŷ")]
    [InlineData(0.1192, ExerciseStatus.Incorrect, "ŷ = σ(2) ≈ 0.881")]
    [InlineData(0.0925, ExerciseStatus.Incorrect, "gradiente del error cuadrático")]
    [InlineData(2.1269, ExerciseStatus.Incorrect, "eso es la pérdida")]
    [InlineData(2.0, ExerciseStatus.Incorrect, "con ŷ = σ(2)")]
    public void Exercise3LogitGradient(double answer, ExerciseStatus status, string message)
    {
        var result = Chapter3Exercises.CheckLogitGradient(answer);
        Assert.Equal(status, result.Status);
        Assert.Contains(message, result.Message);
    }

    [Theory]
    [InlineData(0.3679, ExerciseStatus.Correct, "¡Correcto!")]
    [InlineData(0.1, ExerciseStatus.Incorrect, "base 10")]
    [InlineData(2.7183, ExerciseStatus.Incorrect, "ŷ es una probabilidad")]
    [InlineData(0.6321, ExerciseStatus.Incorrect, "cuando la etiqueta es 0")]
    [InlineData(0.5, ExerciseStatus.Incorrect, "despeja ŷ")]
    public void Exercise4PredictionForUnitLoss(double answer, ExerciseStatus status, string message)
    {
        var result = Chapter3Exercises.CheckPredictionForUnitLoss(answer);
        Assert.Equal(status, result.Status);
        Assert.Contains(message, result.Message);
    }

    [Fact]
    public void UnansweredDefaultsSaySo()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Chapter3Exercises.CheckLoss(double.NaN).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter3Exercises.CheckMeanLoss(double.NaN).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter3Exercises.CheckLogitGradient(double.NaN).Status);
        Assert.Equal(ExerciseStatus.Unanswered, Chapter3Exercises.CheckPredictionForUnitLoss(double.NaN).Status);
    }
}
