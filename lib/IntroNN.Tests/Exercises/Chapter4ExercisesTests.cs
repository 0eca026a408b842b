using IntroNN.Tests.Diagnostics;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests.Exercises;

public class Chapter4ExercisesTests
{
    // Pesos iniciales del cuaderno de Python: torch.manual_seed(42); torch.rand(2); torch.rand(1) (float32).
    private static readonly Vector<double> StartWeights = Vector<double>.Build.Dense([0.88226926f, 0.91500396f]);
    private const double StartBias = 0.38286376f;

    [Fact]
    public void GradientW2AcceptsMinusOne()
    {
        // x = (1, 2), y = 1, w = 0, b = 0: ŷ = σ(0) = 0.5 y (ŷ − y)·x₂ = −0.5 · 2 = −1.
        Assert.Equal(ExerciseStatus.Correct, Chapter4Exercises.CheckGradientW2(-1).Status);
    }

    [Theory]
    [InlineData(1.0, "signo")] // (y − ŷ)·x₂
    [InlineData(-0.5, "falta multiplicar por x₂ = 2")] // ŷ − y sin x₂
    [InlineData(-2.0, "ŷ = σ(0) = 0.5, no 0")] // ŷ = 0
    [InlineData(3.0, "(ŷ − y)·x₂")]
    public void GradientW2RejectsTypicalMistakesSayingWhatIsWrong(double answer, string expectedHint)
    {
        var result = Chapter4Exercises.CheckGradientW2(answer);

        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains(expectedHint, result.Message);
    }

    [Fact]
    public void GradientW2UnansweredIsReported()
    {
        Assert.Equal(Exercise.UnansweredMessage, Chapter4Exercises.CheckGradientW2(double.NaN).Message);
    }

    [Fact]
    public void PatienceInStepsAcceptsTenChecksOfTenSteps()
    {
        Assert.Equal(ExerciseStatus.Correct, Chapter4Exercises.CheckPatienceInSteps(100).Status);
    }

    [Theory]
    [InlineData(10L, "comprobaciones de validación, no pasos")]
    [InlineData(90L, "décima comprobación")]
    [InlineData(110L, "no en la siguiente")]
    [InlineData(1000L, "cuenta las comprobaciones")]
    public void PatienceInStepsRejectsTypicalMistakesSayingWhatIsWrong(long answer, string expectedHint)
    {
        var result = Chapter4Exercises.CheckPatienceInSteps(answer);

        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains(expectedHint, result.Message);
    }

    [Fact]
    public void PatienceInStepsUnansweredIsReported()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Chapter4Exercises.CheckPatienceInSteps(null).Status);
    }

    [Fact]
    public void RunsToSeePublishedAcceptsTheThirdRun()
    {
        Assert.Equal(ExerciseStatus.Correct, Chapter4Exercises.CheckRunsToSeePublished(3).Status);
    }

    [Theory]
    [InlineData(2L, "ejecución siguiente")]
    [InlineData(6L, "cada ejecución gasta 3")]
    [InlineData(7L, "cuenta ejecuciones, no números")]
    [InlineData(1L, "saca 3 números")]
    public void RunsToSeePublishedRejectsTypicalMistakesSayingWhatIsWrong(long answer, string expectedHint)
    {
        var result = Chapter4Exercises.CheckRunsToSeePublished(answer);

        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains(expectedHint, result.Message);
    }

    [Fact]
    public void RunsToSeePublishedUnansweredIsReported()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Chapter4Exercises.CheckRunsToSeePublished(null).Status);
    }

    [Fact]
    public void UpdatesPerEpochAcceptsSevenBatchesFor52Samples()
    {
        // 6 minilotes de 8 = 48 muestras, y un séptimo con las 4 restantes.
        Assert.Equal(ExerciseStatus.Correct, Chapter4Exercises.CheckUpdatesPerEpoch(7).Status);
    }

    [Theory]
    [InlineData(6L, "4 muestras que sobran")]
    [InlineData(52L, "minilotes de 1 muestra")]
    [InlineData(8L, "tamaño de cada minilote")]
    [InlineData(13L, "una actualización por minilote")]
    public void UpdatesPerEpochRejectsTypicalMistakesSayingWhatIsWrong(long answer, string expectedHint)
    {
        var result = Chapter4Exercises.CheckUpdatesPerEpoch(answer);

        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains(expectedHint, result.Message);
    }

    [Fact]
    public void UpdatesPerEpochUnansweredIsReported()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Chapter4Exercises.CheckUpdatesPerEpoch(null).Status);
    }

    [Theory]
    [InlineData(0.45)] // PyTorch (float64): pérdida 0.2657 después de 100 pasos, sin subir nunca; cota 0.524
    [InlineData(0.5)]
    public void GuaranteedLearningRateAcceptsARateBelowTheBoundThatReachesTheTarget(double rate)
    {
        var result = Chapter4Exercises.CheckGuaranteedLearningRate(
            rate,
            CurrentNotebook.Train,
            StartWeights,
            StartBias
        );

        Assert.Equal(ExerciseStatus.Correct, result.Status);
    }

    [Theory]
    [InlineData(0.6)] // la pérdida no sube con 0.6 (PyTorch), pero 0.6 está por encima de la cota 8/λ = 0.52396
    [InlineData(1.0)]
    public void GuaranteedLearningRateRejectsRatesAboveTheBoundEvenIfTheLossHappensToFall(double rate)
    {
        var result = Chapter4Exercises.CheckGuaranteedLearningRate(
            rate,
            CurrentNotebook.Train,
            StartWeights,
            StartBias
        );

        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("no está por debajo de la cota 8/λ = 0.52396", result.Message);
        Assert.Contains("nada lo garantiza", result.Message);
    }

    [Fact]
    public void GuaranteedLearningRateRejectsARateThatIsTooSlowWithTheFinalLoss()
    {
        // PyTorch (float64), η = 0.05: pérdida 0.50169 después de 100 pasos.
        var result = Chapter4Exercises.CheckGuaranteedLearningRate(
            0.05,
            CurrentNotebook.Train,
            StartWeights,
            StartBias
        );

        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("acaba en 0.5017", result.Message);
        Assert.Contains("prueba una tasa mayor", result.Message);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(0.0)]
    [InlineData(double.PositiveInfinity)]
    public void GuaranteedLearningRateRejectsRatesThatAreNotPositive(double rate)
    {
        var result = Chapter4Exercises.CheckGuaranteedLearningRate(
            rate,
            CurrentNotebook.Train,
            StartWeights,
            StartBias
        );

        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("número positivo y finito", result.Message);
    }

    [Fact]
    public void GuaranteedLearningRateUnansweredIsReported()
    {
        var result = Chapter4Exercises.CheckGuaranteedLearningRate(
            double.NaN,
            CurrentNotebook.Train,
            StartWeights,
            StartBias
        );

        Assert.Equal(ExerciseStatus.Unanswered, result.Status);
    }
}
