namespace IntroNN;

/// <summary>Un CSV mal formado: dice en qué archivo, línea y columna, y qué llegó.</summary>
/// <remarks>Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb (carga de datos).</remarks>
public sealed class CsvFormatException : InvalidArgumentException
{
    /// <summary>Crea la excepción con el lugar exacto del problema.</summary>
    public CsvFormatException(string path, int line, int? column, string? columnName, string problem)
        : base(Describe(path, line, column, columnName, problem), "path")
    {
        Path = path;
        Problem = problem;
        Line = line;
        Column = column;
        ColumnName = columnName;
    }

    /// <summary>El archivo.</summary>
    public string Path { get; }

    /// <summary>Qué falla, sin el lugar (archivo, línea, columna) que el mensaje pone delante.</summary>
    public string Problem { get; }

    /// <summary>Número de línea en el archivo, empezando en 1 (la cabecera es la línea 1).</summary>
    public int Line { get; }

    /// <summary>Número de columna, empezando en 1; null si el problema es de la línea entera.</summary>
    public int? Column { get; }

    /// <summary>Nombre de la columna según la cabecera, si se conoce.</summary>
    public string? ColumnName { get; }

    private static string Describe(string path, int line, int? column, string? columnName, string problem)
    {
        string where =
            column is null ? $"{path}, línea {line}"
            : columnName is null ? $"{path}, línea {line}, columna {column}"
            : $"{path}, línea {line}, columna {column} ('{columnName}')";
        return $"{where}: {problem}";
    }
}
