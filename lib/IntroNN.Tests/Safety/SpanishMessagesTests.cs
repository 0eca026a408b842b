using MathNet.Numerics.LinearAlgebra;

namespace IntroNN.Tests.Safety;

/// <summary>
/// Issue 13, clase 9: un error de la biblioteca se lee en español de principio a fin. <see cref="ArgumentException"/>
/// añade «(Parameter 'x')» y <see cref="ArgumentOutOfRangeException"/> «Actual value was …», en inglés; la biblioteca
/// lanza <see cref="InvalidArgumentException"/>, cuyo mensaje es solo el nuestro y que conserva el argumento en
/// <see cref="ArgumentException.ParamName"/>.
/// </summary>
public class SpanishMessagesTests
{
    /// <summary>Lo que .NET añade en inglés a los mensajes de sus excepciones de argumentos.</summary>
    private static readonly string[] EnglishTails = ["(Parameter", "Actual value was", "Value cannot be null"];

    public static TheoryData<string, Action, string, string> BadCalls =>
        new()
        {
            {
                "entero fuera de rango",
                () => LogisticRegression.Zeros(0),
                "features",
                "features vale 0, pero se esperaba un entero mayor que 0."
            },
            {
                "probabilidad fuera de rango",
                () => Bernoulli.Probability(1.5, 1),
                "yHat",
                "yHat vale 1.5, pero se esperaba una probabilidad entre 0 y 1."
            },
            {
                "etiqueta fuera de rango",
                () => Losses.BinaryCrossEntropy(0.5, 2),
                "y",
                "y vale 2, pero se esperaba una etiqueta binaria: 0 o 1."
            },
            { "null", () => Standardizer.Fit((Matrix<double>)null!), "x", "x es null, pero se esperaba una matriz." },
            {
                "tasa de aprendizaje",
                () => LogisticRegression.Zeros(1).Step(Matrix<double>.Build.Dense(1, 1), [0], -1),
                "learningRate",
                "learningRate vale -1, pero se esperaba una tasa de aprendizaje finita y mayor que 0 (p. ej. 0.05)."
            },
            {
                "fracción de test",
                () => Split.Random(new Dataset(Matrix<double>.Build.Dense(4, 1), [0, 1, 0, 1]), 1.0, seed: 0),
                "testFraction",
                "testFraction vale 1, pero se esperaba un número estrictamente entre 0 y 1."
            },
            {
                "índice de un subconjunto",
                () => new Dataset(Matrix<double>.Build.Dense(2, 1), [0, 1]).Subset([5]),
                "indices",
                "indices incluye el índice 5, pero se esperaba índices de 0 a 1: el conjunto tiene 2 muestras."
            },
            {
                "gráfico",
                () => IntroNN.Charts.LossHistory([]),
                "train",
                "train está vacío, pero se esperaba al menos un elemento."
            },
        };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public void EachMessageIsOnlyOurSpanishSentence(string what, Action call, string parameter, string message)
    {
        var error = Assert.Throws<InvalidArgumentException>(call);

        Assert.Equal(message, error.Message);
        Assert.Equal(parameter, error.ParamName);
        Assert.False(
            EnglishTails.Any(tail => error.Message.Contains(tail, StringComparison.Ordinal)),
            $"{what}: «{error.Message}» trae texto en inglés"
        );
        Assert.IsAssignableFrom<ArgumentException>(error); // un catch (ArgumentException) la sigue atrapando
    }

    [Fact]
    public void CsvErrorsAreSpanishToo()
    {
        var error = Assert.Throws<InvalidArgumentException>(() => Csv.LoadTable("/no/existe.csv"));

        Assert.Equal(
            "No existe el archivo '/no/existe.csv' (buscado como '/no/existe.csv'). "
                + "Las rutas relativas cuentan desde la carpeta de trabajo actual.",
            error.Message
        );
        Assert.Equal("path", error.ParamName);
    }
}
