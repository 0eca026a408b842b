using NotebookEngine;

namespace NotebookEngine.Tests;

/// <summary>
/// <c>#r "nuget:"</c> con un paquete pequeño que ya está en la caché global de NuGet (MathNet.Numerics 5.0.0, sin
/// dependencias): la restauración no descarga nada.
/// </summary>
public sealed class PackageTests() : TemporaryFolder("engine-nuget-")
{
    private NotebookSession NewSession(TextWriter log) =>
        NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = Folder,
                PackageCacheDirectory = Path.Combine(Folder, "cache"),
                RenderChartImages = false,
                Log = log,
            }
        );

    private const string MathNetCell =
        "#r \"nuget: MathNet.Numerics, 5.0.0\"\nusing MathNet.Numerics.LinearAlgebra;\nVector<double>.Build.Dense(new[] { 3.0, 4.0 }).L2Norm()";

    [Fact]
    public async Task Restores_references_and_caches_the_restore()
    {
        var firstLog = new StringWriter();
        await using (var first = NewSession(firstLog))
        {
            var result = await first.ExecuteAsync(MathNetCell);
            Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
            Assert.Equal("5", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
        }
        Assert.Contains("Restaurando", firstLog.ToString());

        var secondLog = new StringWriter();
        await using var second = NewSession(secondLog);
        var again = await second.ExecuteAsync(MathNetCell);
        Assert.True(again.Succeeded, Outputs.Describe(again.Outputs));
        Assert.DoesNotContain("Restaurando", secondLog.ToString());
    }

    [Fact]
    public async Task MathNet_matrices_show_their_values()
    {
        await using var session = NewSession(TextWriter.Null);
        var result = await session.ExecuteAsync(
            "#r \"nuget: MathNet.Numerics, 5.0.0\"\nMathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } })"
        );
        var data = Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data;
        var text = Outputs.Text(data);
        Assert.StartsWith("Matriz 2×2", text);
        Assert.Contains("3  4", text);
        Assert.Contains("<pre>", data["text/html"].GetValue<string>());
    }

    [Fact]
    public async Task Another_version_of_a_loaded_package_is_refused()
    {
        await using var session = NewSession(TextWriter.Null);
        Assert.True((await session.ExecuteAsync("#r \"nuget: MathNet.Numerics, 5.0.0\"")).Succeeded);
        var result = await session.ExecuteAsync("#r \"nuget: MathNet.Numerics, 4.15.0\"");
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Contains("5.0.0", error.Message);
        Assert.Contains("4.15.0", error.Message);
    }

    [Fact]
    public async Task Load_and_relative_references_resolve_against_the_notebook_folder()
    {
        var sub = Path.Combine(Folder, "sub");
        Directory.CreateDirectory(sub);
        await File.WriteAllTextAsync(Path.Combine(sub, "helper.csx"), "int Triple(int x) => 3 * x;\n");
        File.Copy(typeof(CellOutput).Assembly.Location, Path.Combine(sub, "Copied.dll"));
        await using var session = NewSession(TextWriter.Null);
        var result = await session.ExecuteAsync("#load \"sub/helper.csx\"\nTriple(14)");
        Assert.Equal("42", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
    }
}
