namespace IntroNN.Tests.Diagnostics;

public class PythonRunTests
{
    [Theory]
    [InlineData("fresh", 0)]
    [InlineData("published", 6)]
    public void LoadsBothRunsOfTheReferenceFile(string name, int draws)
    {
        var run = PythonRun.Load(CurrentNotebook.ReferencePath, name);

        Assert.Equal(name, run.Name);
        Assert.Equal(draws, run.DrawsBeforeRegressor);
        // 300 pasos, una línea cada 10, y la validación no dejó de mejorar: 30 líneas y ninguna parada temprana.
        Assert.Equal(Enumerable.Range(0, 30).Select(i => 10 * i), run.LoggedSteps);
        Assert.Equal(30, run.TrainLoss.Length);
        Assert.Equal(30, run.ValidationLoss.Length);
        Assert.Null(run.EarlyStoppingStep);
        Assert.Equal(30, run.PrintedTraining.Length);
        Assert.Equal(3, run.PrintedTest.Length);
    }

    [Fact]
    public void ThePublishedRunPrintsWhatTheTutorialsNotebookShows()
    {
        // Las líneas primera y última de la celda de entrenamiento y la de la prueba, copiadas del cuaderno publicado.
        var run = PythonRun.Load(CurrentNotebook.ReferencePath, "published");

        Assert.Equal("Step [0/300], Train loss: 1.46, Val loss: 1.40", run.PrintedTraining[0]);
        Assert.Equal("Step [290/300], Train loss: 0.43, Val loss: 0.47", run.PrintedTraining[^1]);
        Assert.Equal("Regresor logístico aprendido: y = σ(0.83*x1 + 0.09*x2 + -1.28)", run.PrintedTest[0]);
        Assert.Equal("Precisión en el conjunto de test: 91.18%", run.PrintedTest[2]);
    }

    [Fact]
    public void CompareAcceptsTheSameNumbers()
    {
        var run = PythonRun.Load(CurrentNotebook.ReferencePath, "fresh");

        var comparison = run.Compare(
            run.TrainLoss,
            run.ValidationLoss,
            run.Weights,
            run.Bias,
            run.TestLoss,
            run.TestAccuracyPercent
        );

        Assert.True(comparison.Passed);
        Assert.Equal(4, comparison.Lines.Count);
        Assert.All(comparison.Lines, line => Assert.StartsWith("✔", line));
    }

    [Fact]
    public void CompareSaysWhichGroupDiffers()
    {
        var run = PythonRun.Load(CurrentNotebook.ReferencePath, "fresh");
        var validation = (double[])run.ValidationLoss.Clone();
        validation[7] += 1e-3;

        var comparison = run.Compare(
            run.TrainLoss,
            validation,
            run.Weights,
            run.Bias,
            run.TestLoss,
            run.TestAccuracyPercent
        );

        Assert.False(comparison.Passed);
        Assert.StartsWith("✔", comparison.Lines[0]);
        Assert.Equal("✘ las 30 pérdidas de validación: diferencia máxima 1.0E-3, más que 1E-5", comparison.Lines[1]);
    }

    [Fact]
    public void CompareReportsADifferentNumberOfLinesAndNaN()
    {
        var run = PythonRun.Load(CurrentNotebook.ReferencePath, "fresh");

        var comparison = run.Compare(
            run.TrainLoss[..25],
            run.ValidationLoss,
            run.Weights,
            double.NaN,
            run.TestLoss,
            run.TestAccuracyPercent
        );

        Assert.False(comparison.Passed);
        Assert.Equal(
            "✘ las 30 pérdidas de entrenamiento: la referencia tiene 30 valores y tu ejecución 25",
            comparison.Lines[0]
        );
        Assert.StartsWith("✘ los pesos y el sesgo finales", comparison.Lines[2]);
    }

    [Fact]
    public void LoadRejectsAnUnknownRunAndAMissingFile()
    {
        var unknown = Assert.Throws<InvalidArgumentException>(() =>
            PythonRun.Load(CurrentNotebook.ReferencePath, "fres")
        );
        Assert.Equal("run", unknown.ParamName);
        Assert.Contains(
            "run vale 'fres', pero se esperaba una de las ejecuciones que guarda el fichero: 'fresh' o 'published'.",
            unknown.Message
        );

        var missing = Assert.Throws<FileNotFoundException>(() => PythonRun.Load("no-existe.json", "fresh"));
        Assert.Contains("no-existe.json", missing.Message);
    }

    [Fact]
    public void LoadNamesTheMissingField()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{ "fresh": { "draws_before_regressor": 0 } }""");

            var e = Assert.Throws<InvalidDataException>(() => PythonRun.Load(path, "fresh"));
            Assert.Contains("'fresh.initial'", e.Message);

            File.WriteAllText(path, "{ no es json");
            Assert.Throws<InvalidDataException>(() => PythonRun.Load(path, "fresh"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
