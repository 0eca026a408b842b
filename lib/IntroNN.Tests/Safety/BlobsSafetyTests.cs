namespace IntroNN.Tests.Safety;

/// <summary>Issue 13, clase 11: una desviación que desborda las muestras culpa a standardDeviation, no a Features.</summary>
public class BlobsSafetyTests
{
    [Fact]
    public void AHugeStandardDeviationIsBlamedForTheOverflow()
    {
        double[][] centers =
        [
            [0, 0],
            [1, 1],
        ];

        var error = Assert.Throws<InvalidArgumentException>(() =>
            Datasets.Blobs(100, centers, standardDeviation: 1e308, seed: 0)
        );

        Assert.Equal("standardDeviation", error.ParamName);
        Assert.StartsWith(
            "standardDeviation vale 1E+308, pero se esperaba una desviación con la que las muestras sigan siendo "
                + "números finitos. Con ella, la muestra ",
            error.Message
        );
        Assert.EndsWith(": prueba con una mucho menor.", error.Message);
    }
}
