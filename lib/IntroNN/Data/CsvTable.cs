namespace IntroNN;

/// <summary>Una tabla leída de un CSV, tal cual: la cabecera y los campos de texto de cada fila.</summary>
/// <remarks>Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.</remarks>
public sealed class CsvTable
{
    internal CsvTable(string path, string[] columns, List<string[]> rows, List<int> lineNumbers)
    {
        Path = path;
        Columns = columns;
        Rows = rows;
        LineNumbers = lineNumbers;
    }

    /// <summary>El archivo del que salió.</summary>
    public string Path { get; }

    /// <summary>Los nombres de columna de la cabecera.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Las filas de datos (sin la cabecera), cada una con un campo por columna.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>La línea del archivo (desde 1) de cada fila, para los mensajes de error.</summary>
    public IReadOnlyList<int> LineNumbers { get; }

    /// <summary>Posición (desde 0) de la columna llamada <paramref name="name"/>.</summary>
    public int IndexOf(string name) => IndexOf(name, nameof(name));

    /// <summary>Como <see cref="IndexOf(string)"/>, culpando en el error al argumento <paramref name="argument"/>.</summary>
    internal int IndexOf(string name, string argument)
    {
        Guard.NotNull(name, argument, "el nombre de una columna");
        for (int c = 0; c < Columns.Count; c++)
            if (Columns[c] == name)
                return c;
        throw Guard.Error(
            argument,
            $"nombra la columna '{name}'",
            $"una de las de {Path}: {string.Join(", ", Columns.Select(c => $"'{c}'"))}"
        );
    }

    /// <summary>Los valores de una columna como números (cultura invariante: punto decimal).</summary>
    public double[] Numbers(string name)
    {
        int c = IndexOf(name);
        var values = new double[Rows.Count];
        for (int r = 0; r < values.Length; r++)
            values[r] = Csv.ParseNumber(this, r, c);
        return values;
    }
}
