namespace IntroNN.Tests;

public class DatasetsTests
{
    [Fact]
    public void BlobsAreReproducibleAndBalanced()
    {
        double[][] centers =
        [
            [1, 2],
            [3, 4],
        ];
        var a = Datasets.Blobs(100, centers, 1.0, seed: 0);
        var b = Datasets.Blobs(100, centers, 1.0, seed: 0);
        var c = Datasets.Blobs(100, centers, 1.0, seed: 1);
        Assert.Equal(a.Features.ToColumnMajorArray(), b.Features.ToColumnMajorArray());
        Assert.Equal(a.Labels, b.Labels);
        Assert.NotEqual(a.Features.ToColumnMajorArray(), c.Features.ToColumnMajorArray());
        Assert.Equal(50, a.Labels.Count(y => y == 0));
        Assert.Equal(100, a.Count);
        Assert.Equal(2, a.FeatureCount);
        Assert.Equal(2, a.ClassCount);
    }

    [Fact]
    public void EachCloudIsCenteredOnItsCenterWithTheRequestedSpread()
    {
        double[][] centers =
        [
            [1, 2],
            [3, 4],
            [-5, 0],
        ];
        const int n = 30_000;
        var data = Datasets.Blobs(n, centers, 0.5, seed: 9);
        Assert.Equal(3, data.ClassCount);
        for (int k = 0; k < 3; k++)
        {
            var rows = Enumerable.Range(0, n).Where(i => data.Labels[i] == k).ToArray();
            Assert.Equal(n / 3, rows.Length);
            for (int j = 0; j < 2; j++)
            {
                var values = rows.Select(i => data.Features[i, j]).ToArray();
                double mean = values.Average();
                double sd = Math.Sqrt(values.Select(v => (v - mean) * (v - mean)).Average());
                Assert.InRange(
                    mean,
                    centers[k][j] - 5 * 0.5 / Math.Sqrt(rows.Length),
                    centers[k][j] + 5 * 0.5 / Math.Sqrt(rows.Length)
                );
                Assert.InRange(sd, 0.48, 0.52);
            }
        }
    }

    [Fact]
    public void LabelsAreShuffledNotGroupedByClass()
    {
        var data = Datasets.Blobs(
            100,
            [
                [0, 0],
                [1, 1],
            ],
            1,
            seed: 2
        );
        // Agrupadas por clase, la primera mitad serían 50 ceros y habría 2 rachas (000…111). Barajadas, la primera mitad
        // tiene unos 25 unos (hipergeométrica: desviación ≈ 2.5) y hay unas 50 rachas (desviación ≈ 5): se pide que
        // ambas cuentas estén a más de 4 desviaciones de lo agrupado.
        int onesInFirstHalf = data.Labels.Take(50).Count(y => y == 1);
        int runs = 1 + data.Labels.Zip(data.Labels.Skip(1)).Count(pair => pair.First != pair.Second);
        Assert.InRange(onesInFirstHalf, 15, 35);
        Assert.InRange(runs, 30, 72);
    }
}
