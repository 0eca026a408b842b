namespace IntroNN.Tests;

public sealed class CsvTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intronn-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void LoadsFeaturesAndLabelsWithInvariantCulture()
    {
        string path = Write("ok.csv", "x1,label,x2\n1.5,0,-2e1\n\n3,1,4.25\n");
        var data = Csv.Load(path, "label");
        Assert.Equal(2, data.Count);
        Assert.Equal(2, data.FeatureCount);
        Assert.Equal(
            new double[,]
            {
                { 1.5, -20 },
                { 3, 4.25 },
            },
            data.Features.ToArray()
        );
        Assert.Equal([0, 1], data.Labels);
    }

    [Fact]
    public void ClassNamesBecomeTheirIndices()
    {
        string path = Write("iris.csv", "a,species\n1,setosa\n2,virginica\n3,versicolor\n");
        var data = Csv.Load(path, "species", ["setosa", "versicolor", "virginica"]);
        Assert.Equal([0, 2, 1], data.Labels);
    }

    [Fact]
    public void RawTableKeepsTextAndLineNumbers()
    {
        string path = Write("raw.csv", "a,b\n1,x\n\n2,y\n");
        var table = Csv.LoadTable(path);
        Assert.Equal(["a", "b"], table.Columns);
        Assert.Equal([2, 4], table.LineNumbers);
        Assert.Equal("y", table.Rows[1][1]);
        Assert.Equal([1.0, 2], table.Numbers("a"));
    }

    [Fact]
    public void MalformedNumberNamesFileLineAndColumn()
    {
        string path = Write("bad.csv", "x1,x2,label\n1,2,0\n3,abc,1\n");
        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, "label"));
        Assert.Equal(3, error.Line);
        Assert.Equal(2, error.Column);
        Assert.Contains(path, error.Message);
        Assert.Contains("línea 3", error.Message);
        Assert.Contains("columna 2", error.Message);
        Assert.Contains("'x2'", error.Message);
        Assert.Contains("'abc'", error.Message);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public void TextThatIsNotANumberSaysHowNumbersAreWritten()
    {
        var error = Assert.Throws<CsvFormatException>(() =>
            Csv.Load(Write("space.csv", "x,label\n1,0\n2 5,1\n"), "label")
        );
        Assert.Contains("línea 3", error.Message);
        Assert.Contains("'2 5'", error.Message);
        Assert.Contains("punto decimal", error.Message);
    }

    [Fact]
    public void WrongNumberOfFieldsNamesTheLine()
    {
        string path = Write("short.csv", "x1,x2,label\n1,2,0\n3,1\n");
        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, "label"));
        Assert.Equal(3, error.Line);
        Assert.Contains("línea 3", error.Message);
        Assert.Contains("2 campos", error.Message);
        Assert.Contains("3 columnas", error.Message);
    }

    [Fact]
    public void BadLabelNamesLineAndColumn()
    {
        string path = Write("label.csv", "x,label\n1,0\n2,-1\n");
        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, "label"));
        Assert.Contains("línea 3, columna 2 ('label')", error.Message);
        Assert.Contains("'-1'", error.Message);
    }

    [Fact]
    public void EmptyFieldAndNaNAreReported()
    {
        var empty = Assert.Throws<CsvFormatException>(() => Csv.Load(Write("e.csv", "x,label\n,0\n"), "label"));
        Assert.Contains("vacío", empty.Message);
        var nan = Assert.Throws<CsvFormatException>(() => Csv.Load(Write("n.csv", "x,label\n1,0\nNaN,1\n"), "label"));
        Assert.Contains("línea 3, columna 1 ('x')", nan.Message);
        Assert.Contains("NaN", nan.Message);
    }

    [Fact]
    public void MissingFileSaysWhichFile()
    {
        string path = Path.Combine(_folder, "no-existe.csv");
        var error = Assert.Throws<InvalidArgumentException>(() => Csv.Load(path, "label"));
        Assert.Contains("No existe el archivo", error.Message);
        Assert.Contains(path, error.Message);
        Assert.IsType<FileNotFoundException>(error.InnerException);
    }

    [Fact]
    public void MissingLabelColumnListsTheColumns()
    {
        string path = Write("cols.csv", "x1,x2,y\n1,2,0\n");
        var error = Assert.Throws<InvalidArgumentException>(() => Csv.Load(path, "label"));
        Assert.Contains("labelColumn nombra la columna 'label', pero se esperaba una de las de", error.Message);
        Assert.Contains("'x1', 'x2', 'y'", error.Message);
    }

    // Like data/iris.csv: a text column (species) and the numeric label column.
    private const string IrisLike =
        "sepal,species,petal,label\n5.1,setosa,1.4,0\n7.0,versicolor,4.7,1\n6.3,virginica,6.0,2\n";

    [Fact]
    public void FeatureColumnsPicksTheChosenColumnsInTheChosenOrder()
    {
        var data = Csv.Load(Write("iris.csv", IrisLike), "label", featureColumns: ["petal", "sepal"]);
        Assert.Equal(
            new double[,]
            {
                { 1.4, 5.1 },
                { 4.7, 7.0 },
                { 6.0, 6.3 },
            },
            data.Features.ToArray()
        );
        Assert.Equal([0, 1, 2], data.Labels);
    }

    [Fact]
    public void IgnoreColumnsSkipsTextColumnsAndKeepsTheRestInFileOrder()
    {
        var data = Csv.Load(Write("iris.csv", IrisLike), "label", ignoreColumns: ["species"]);
        Assert.Equal(
            new double[,]
            {
                { 5.1, 1.4 },
                { 7.0, 4.7 },
                { 6.3, 6.0 },
            },
            data.Features.ToArray()
        );

        // Labels from the class names, and the numeric label column kept out of the features.
        var byName = Csv.Load(
            Write("iris2.csv", IrisLike),
            "species",
            ["setosa", "versicolor", "virginica"],
            ignoreColumns: ["label"]
        );
        Assert.Equal([0, 1, 2], byName.Labels);
        Assert.Equal(2, byName.FeatureCount);
    }

    [Fact]
    public void ATextColumnTakenAsAFeatureSaysHowToSkipIt()
    {
        string path = Write("iris.csv", IrisLike);
        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, "label"));
        Assert.Equal(2, error.Line);
        Assert.Equal(2, error.Column);
        Assert.Equal("species", error.ColumnName);
        Assert.Contains("línea 2, columna 2 ('species')", error.Message);
        Assert.Contains("'setosa' no es un número", error.Message);
        Assert.Contains("ignoreColumns: [\"species\"]", error.Message);
        Assert.Contains("featureColumns", error.Message);
    }

    [Fact]
    public void AChosenColumnThatIsNotNumericNamesFileLineAndColumn()
    {
        string path = Write("iris.csv", IrisLike);
        var error = Assert.Throws<CsvFormatException>(() =>
            Csv.Load(path, "label", featureColumns: ["sepal", "species"])
        );
        Assert.Contains(path, error.Message);
        Assert.Contains("línea 2, columna 2 ('species')", error.Message);
        Assert.Contains("'setosa' no es un número", error.Message);
        Assert.DoesNotContain("ignoreColumns", error.Message); // the learner already chose: no advice to choose
    }

    [Fact]
    public void BadColumnChoicesAreRejectedInSpanish()
    {
        string path = Write("iris.csv", IrisLike);

        var unknown = Assert.Throws<InvalidArgumentException>(() =>
            Csv.Load(path, "label", featureColumns: ["sepal", "petalo"])
        );
        Assert.Equal("featureColumns", unknown.ParamName);
        Assert.Contains("featureColumns nombra la columna 'petalo', pero se esperaba una de las de", unknown.Message);
        Assert.Contains("'sepal', 'species', 'petal', 'label'", unknown.Message);

        var label = Assert.Throws<InvalidArgumentException>(() =>
            Csv.Load(path, "label", featureColumns: ["sepal", "label"])
        );
        Assert.Contains("no puede ser a la vez una característica", label.Message);

        var twice = Assert.Throws<InvalidArgumentException>(() =>
            Csv.Load(path, "label", featureColumns: ["sepal", "sepal"])
        );
        Assert.Contains("dos veces la columna 'sepal'", twice.Message);

        var none = Assert.Throws<InvalidArgumentException>(() => Csv.Load(path, "label", featureColumns: []));
        Assert.Contains("featureColumns está vacío", none.Message);

        var both = Assert.Throws<InvalidArgumentException>(() =>
            Csv.Load(path, "label", featureColumns: ["sepal"], ignoreColumns: ["species"])
        );
        Assert.Contains(
            "featureColumns llega junto con ignoreColumns, pero se esperaba solo uno de los dos",
            both.Message
        );

        var unknownIgnored = Assert.Throws<InvalidArgumentException>(() =>
            Csv.Load(path, "label", ignoreColumns: ["especie"])
        );
        Assert.Equal("ignoreColumns", unknownIgnored.ParamName);

        var nothingLeft = Assert.Throws<CsvFormatException>(() =>
            Csv.Load(path, "label", ignoreColumns: ["sepal", "species", "petal"])
        );
        Assert.Contains("no queda ninguna característica", nothingLeft.Message);
    }

    [Fact]
    public void TheShippedIrisFileLoadsWithItsFourMeasurements()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "RedesNeuronales.slnx")))
            root = root.Parent!;
        string iris = Path.Combine(root.FullName, "data", "iris.csv");
        var data = Csv.Load(iris, "label", ignoreColumns: ["species"]);
        Assert.Equal(150, data.Count);
        Assert.Equal(4, data.FeatureCount);
        Assert.Equal(3, data.ClassCount);
        Assert.Equal([5.1, 3.5, 1.4, 0.2], data.Features.Row(0).ToArray()); // the first flower of Fisher's table
        Assert.Equal(50, data.Labels.Count(l => l == 2));
    }
}
