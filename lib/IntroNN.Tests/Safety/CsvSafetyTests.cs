namespace IntroNN.Tests.Safety;

/// <summary>
/// Issue 13, clase 10: el CSV. Cabeceras repetidas, la columna de etiquetas que falta (culpando a labelColumn),
/// campos entre comillas (ahora se leen: RFC 4180, con Sep) y comillas sin cerrar, y el singular «1 campo».
/// </summary>
public sealed class CsvSafetyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intronn-csv-safety-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string text)
    {
        string path = Path.Combine(_folder, "data.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void ARepeatedHeaderNameIsRejectedWithBothColumns()
    {
        string path = Write("x1,x1,label\n1,2,0\n");

        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, "label"));

        Assert.Equal(
            $"{path}, línea 1, columna 2 ('x1'): la cabecera repite el nombre 'x1' (ya es la columna 1): cada columna "
                + "necesita un nombre distinto para poder elegirla.",
            error.Message
        );
        Assert.Equal((1, 2), (error.Line, error.Column));
    }

    [Fact]
    public void AMissingLabelColumnBlamesLabelColumn()
    {
        string path = Write("x1,x2,y\n1,2,0\n");

        var error = Assert.Throws<InvalidArgumentException>(() => Csv.Load(path, "label"));

        Assert.Equal("labelColumn", error.ParamName);
        Assert.Equal(
            $"labelColumn nombra la columna 'label', pero se esperaba una de las de {path}: 'x1', 'x2', 'y'.",
            error.Message
        );
    }

    [Fact]
    public void QuotedFieldsMayHoldCommasAndDoubledQuotes()
    {
        string path = Write("name,x,label\n\"Smith, J.\",1.5,0\n\"say \"\"hi\"\"\", 2 ,1\n");

        var table = Csv.LoadTable(path);
        var data = Csv.Load(path, "label", ignoreColumns: ["name"]);

        Assert.Equal(["Smith, J.", "say \"hi\""], table.Rows.Select(row => row[0]));
        Assert.Equal([1.5, 2.0], data.Features.Column(0));
        Assert.Equal([0, 1], data.Labels);
    }

    [Fact]
    public void AnUnclosedQuoteSaysWhereItOpens()
    {
        string path = Write("x,label\n1,0\n\"2,1\n3,0\n");

        var error = Assert.Throws<CsvFormatException>(() => Csv.LoadTable(path));

        Assert.Equal(
            $"{path}, línea 3: unas comillas se abren y no se cierran: un campo entre comillas tiene que acabar en otra "
                + "comilla (y una comilla dentro de él se escribe doble: \"\").",
            error.Message
        );
    }

    [Fact]
    public void FieldCountsUseTheSingularForOne()
    {
        string path = Write("x\n1,2\n");

        var error = Assert.Throws<CsvFormatException>(() => Csv.LoadTable(path));

        Assert.Equal($"{path}, línea 2: tiene 2 campos pero la cabecera tiene 1 columna (x).", error.Message);
        Assert.Equal(
            $"{path}, línea 2: tiene 1 campo pero la cabecera tiene 2 columnas (x, y).",
            Assert.Throws<CsvFormatException>(() => Csv.LoadTable(Write("x,y\n1\n"))).Message
        );
    }
}
