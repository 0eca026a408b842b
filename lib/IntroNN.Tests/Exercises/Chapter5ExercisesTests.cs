using IntroNN;

namespace IntroNN.Tests.Exercises;

public class Chapter5ExercisesTests
{
    // Ejercicio 1: cuatro logits iguales. Cada clase recibe 1/4 y la pérdida es −ln(1/4) = ln 4 = 1.3863.

    [Theory]
    [InlineData(1.3862943611198906)] // ln 4
    [InlineData(1.386)] // con tres decimales
    public void EqualLogitsLossAcceptsLn4(double answer)
    {
        var result = Chapter5Exercises.CheckEqualLogitsLoss(answer, classes: 4);
        Assert.Equal(ExerciseStatus.Correct, result.Status);
        Assert.Equal(Exercise.CorrectMessage, result.Message);
    }

    [Theory]
    [InlineData(0.602, "base 10")] // log10(4) = 0.60206
    [InlineData(2.0, "base 2")] // log2(4)
    [InlineData(-1.386, "signo menos")]
    [InlineData(0.25, "probabilidad de cada clase")]
    [InlineData(1.0986, "logaritmo de 3")] // ln 3: las tres especies de Iris en vez de cuatro clases
    [InlineData(0.5, "misma probabilidad")] // un número cualquiera: la pista general
    public void EqualLogitsLossNamesTheTypicalMistake(double answer, string diagnosis)
    {
        var result = Chapter5Exercises.CheckEqualLogitsLoss(answer, classes: 4);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.StartsWith("✘ Aún no:", result.Message);
        Assert.Contains(diagnosis, result.Message);
    }

    [Fact]
    public void EqualLogitsLossNaNIsUnanswered()
    {
        var result = Chapter5Exercises.CheckEqualLogitsLoss(double.NaN, classes: 4);
        Assert.Equal(ExerciseStatus.Unanswered, result.Status);
        Assert.Equal(Exercise.UnansweredMessage, result.Message);
    }

    [Fact]
    public void EqualLogitsLossRejectsFewerThanTwoClassesFromTheChapterAuthor()
    {
        var error = Assert.Throws<InvalidArgumentException>(() =>
            Chapter5Exercises.CheckEqualLogitsLoss(1, classes: 1)
        );
        Assert.Equal("classes", error.ParamName);
    }

    // Ejercicio 2: Iris, 4 medidas y 3 especies: W de 4 × 3 = 12 pesos y 3 sesgos, 15 números.

    [Fact]
    public void ParameterCountAcceptsWeightsPlusOneBiasPerSpecies()
    {
        var result = Chapter5Exercises.CheckParameterCount(15, features: 4, classes: 3);
        Assert.Equal(ExerciseStatus.Correct, result.Status);
    }

    [Theory]
    [InlineData(12, "faltan los sesgos")]
    [InlineData(13, "no hay un solo sesgo")]
    [InlineData(5, "regresión logística")]
    [InlineData(7, "una matriz")]
    [InlineData(16, "una fila por medida")] // un número cualquiera: la pista general
    public void ParameterCountNamesTheTypicalMistake(long answer, string diagnosis)
    {
        var result = Chapter5Exercises.CheckParameterCount(answer, features: 4, classes: 3);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains(diagnosis, result.Message);
        Assert.Contains($"tu respuesta: {answer}", result.Message);
    }

    [Fact]
    public void ParameterCountNullIsUnansweredAndBadSizesAreTheAuthorsError()
    {
        Assert.Equal(
            ExerciseStatus.Unanswered,
            Chapter5Exercises.CheckParameterCount(null, features: 4, classes: 3).Status
        );
        Assert.Equal(
            "features",
            Assert.Throws<InvalidArgumentException>(() => Chapter5Exercises.CheckParameterCount(15, 0, 3)).ParamName
        );
        Assert.Equal(
            "classes",
            Assert.Throws<InvalidArgumentException>(() => Chapter5Exercises.CheckParameterCount(15, 4, 1)).ParamName
        );
    }

    // Ejercicio 3: una softmax estable.

    private static double[] StableSoftmax(double[] z)
    {
        double max = z.Max();
        double[] e = z.Select(v => Math.Exp(v - max)).ToArray();
        double sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    private static double[] NaiveSoftmax(double[] z)
    {
        double[] e = z.Select(Math.Exp).ToArray();
        double sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    [Fact]
    public void StableSoftmaxAcceptsSubtractingTheMaxEvenWhenItWorksInPlace()
    {
        Assert.Equal(ExerciseStatus.Correct, Chapter5Exercises.CheckStableSoftmax(StableSoftmax).Status);

        // Otra forma correcta: modificar los logits recibidos y devolver el mismo array.
        double[] InPlace(double[] z)
        {
            double max = z.Max();
            double sum = 0;
            for (int k = 0; k < z.Length; k++)
            {
                z[k] = Math.Exp(z[k] - max);
                sum += z[k];
            }
            for (int k = 0; k < z.Length; k++)
                z[k] /= sum;
            return z;
        }
        Assert.Equal(ExerciseStatus.Correct, Chapter5Exercises.CheckStableSoftmax(InPlace).Status);
    }

    [Fact]
    public void StableSoftmaxRejectsTheNaiveFormulaThatOverflowsToNaN()
    {
        // La fórmula tal cual acierta con (2, 1, 0.1) pero con (1000, 999, 998) calcula ∞/∞.
        var result = Chapter5Exercises.CheckStableSoftmax(NaiveSoftmax);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("con los logits (1000, 999, 998)", result.Message);
        Assert.Contains("la clase 0 (setosa) da NaN", result.Message);
        Assert.Contains("resta el máximo", result.Message);
    }

    [Fact]
    public void StableSoftmaxRejectsSubtractingTheMinimum()
    {
        double[] MinusMin(double[] z) => NaiveSoftmax(z.Select(v => v - z.Min()).ToArray());
        var result = Chapter5Exercises.CheckStableSoftmax(MinusMin);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        Assert.Contains("con los logits (0, -800, 800)", result.Message);
        Assert.Contains("resta el máximo", result.Message);
    }

    [Fact]
    public void StableSoftmaxRejectsExponentialsThatAreNotDividedByTheirSum()
    {
        double[] NotNormalized(double[] z) => z.Select(v => Math.Exp(v - z.Max())).ToArray();
        var result = Chapter5Exercises.CheckStableSoftmax(NotNormalized);
        Assert.Equal(ExerciseStatus.Incorrect, result.Status);
        // e^0 + e^−1 + e^−1.9 = 1.51745
        Assert.Contains("con los logits (2, 1, 0.1) tus probabilidades suman 1.51745, no 1", result.Message);
    }

    [Fact]
    public void StableSoftmaxNamesTheSpeciesWhoseProbabilityIsWrong()
    {
        // Suma 1 pero no es softmax: reparte a partes iguales.
        var uniform = Chapter5Exercises.CheckStableSoftmax(z => z.Select(_ => 1.0 / z.Length).ToArray());
        Assert.Equal(ExerciseStatus.Incorrect, uniform.Status);
        // softmax(2, 1, 0.1)₀ = e² / (e² + e + e^0.1) = 0.659001
        Assert.Contains("la probabilidad de la clase 0 (setosa) es 0.333333 y debería ser 0.659001", uniform.Message);

        // Versicolor y virginica intercambiadas: la clase 0 está bien y el primer fallo es el de la 1.
        var swapped = Chapter5Exercises.CheckStableSoftmax(z =>
        {
            double[] p = StableSoftmax(z);
            return [p[0], p[2], p[1]];
        });
        Assert.Contains("la probabilidad de la clase 1 (versicolor)", swapped.Message);
    }

    [Fact]
    public void StableSoftmaxReportsWrongLengthsNullsAndExceptionsWithoutThrowing()
    {
        var shorter = Chapter5Exercises.CheckStableSoftmax(z => StableSoftmax(z)[..2]);
        Assert.Contains("devuelve 2 números; tiene que devolver 3", shorter.Message);

        var none = Chapter5Exercises.CheckStableSoftmax(_ => null!);
        Assert.Equal(ExerciseStatus.Incorrect, none.Status);
        Assert.Contains("devuelve null", none.Message);

        var throws = Chapter5Exercises.CheckStableSoftmax(z => [z[5]]);
        Assert.Equal(ExerciseStatus.Incorrect, throws.Status);
        Assert.Contains("lanza IndexOutOfRangeException", throws.Message);
    }

    [Fact]
    public void StableSoftmaxNullOrNotImplementedIsUnanswered()
    {
        Assert.Equal(ExerciseStatus.Unanswered, Chapter5Exercises.CheckStableSoftmax(null).Status);
        var notYet = Chapter5Exercises.CheckStableSoftmax(_ => throw new NotImplementedException());
        Assert.Equal(ExerciseStatus.Unanswered, notYet.Status);
        Assert.Equal(Exercise.UnansweredMessage, notYet.Message);
    }
}
