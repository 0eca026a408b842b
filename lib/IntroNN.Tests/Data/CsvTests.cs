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
        Assert.Equal(new double[,] { { 1.5, -20 }, { 3, 4.25 } }, data.Features.ToArray());
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
        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(Write("space.csv", "x,label\n1,0\n2 5,1\n"), "label"));
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
        var error = Assert.Throws<ArgumentException>(() => Csv.Load(path, "label"));
        Assert.Contains("No existe el archivo", error.Message);
        Assert.Contains(path, error.Message);
        Assert.IsType<FileNotFoundException>(error.InnerException);
    }

    [Fact]
    public void MissingLabelColumnListsTheColumns()
    {
        string path = Write("cols.csv", "x1,x2,y\n1,2,0\n");
        var error = Assert.Throws<ArgumentException>(() => Csv.Load(path, "label"));
        Assert.Contains("no tiene una columna 'label'", error.Message);
        Assert.Contains("'x1', 'x2', 'y'", error.Message);
    }
}
