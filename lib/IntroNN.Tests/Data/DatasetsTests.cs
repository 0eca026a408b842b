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
        Assert.Contains(1, data.Labels.Take(50));
        Assert.Contains(0, data.Labels.Skip(50));
    }
}
