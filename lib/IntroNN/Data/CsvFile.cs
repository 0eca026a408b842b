using System.Globalization;
using nietras.SeparatedValues;

namespace IntroNN;

/// <summary>Lee un CSV en una <see cref="CsvTable"/>: cabecera y campos de texto, con los errores en español.</summary>
/// <remarks>
/// Las filas las separa Sep 0.18 (nietras/Sep, licencia MIT), elegida entre las tres de nuestro servidor de paquetes
/// (con CsvHelper y Sylvan.Data.Csv) porque es una sola DLL sin dependencias, compilada para net10.0, lee RFC 4180
/// (comillas, comas y comillas dobladas dentro de un campo) y da el número de línea de cada fila
/// (<c>LineNumberFrom</c>), que nuestros errores necesitan; no hace falta mapear filas a clases, lo fuerte de
/// CsvHelper. Sus propios mensajes están en inglés: por eso la cabecera y el número de campos los comprobamos aquí.
/// IntroNN.csproj copia Sep.dll junto a IntroNN.dll: los cuadernos cargan IntroNN.dll con #r y la encuentran ahí,
/// sin otra línea #r "nuget:" en su primera celda.
/// </remarks>
internal static class CsvFile
{
    public static CsvTable Read(string path)
    {
        Guard.NotNull(path, nameof(path), "la ruta de un archivo CSV");
        if (!File.Exists(path))
            throw new InvalidArgumentException(
                $"No existe el archivo '{path}' (buscado como '{System.IO.Path.GetFullPath(path)}'). "
                    + "Las rutas relativas cuentan desde la carpeta de trabajo actual.",
                nameof(path),
                new FileNotFoundException(null, path)
            );

        using var reader = Open(path);
        string[]? columns = null;
        var rows = new List<string[]>();
        var lineNumbers = new List<int>();
        foreach (var row in reader)
        {
            // Sep 0.18 da LineNumberFrom = 2 a la primera fila cuando HasHeader = false; la primera fila empieza en la línea 1.
            int line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            if (row.ColCount == 1 && row.Span.IsWhiteSpace())
                continue;
            CheckQuotes(path, line, row.Span);
            var fields = row[0..row.ColCount].ToStringsArray();
            if (columns is null)
            {
                columns = CheckHeader(path, line, fields);
                continue;
            }
            if (fields.Length != columns.Length)
                throw new CsvFormatException(
                    path,
                    line,
                    null,
                    null,
                    $"tiene {Count(fields.Length, "campo", "campos")} pero la cabecera tiene "
                        + $"{Count(columns.Length, "columna", "columnas")} ({string.Join(", ", columns)})."
                );
            rows.Add(fields);
            lineNumbers.Add(line);
        }
        if (columns is null)
            throw new CsvFormatException(
                path,
                1,
                null,
                null,
                "el archivo está vacío: se esperaba una cabecera con los nombres de columna."
            );
        return new CsvTable(path, columns, rows, lineNumbers);
    }

    /// <summary>Un lector de Sep para <paramref name="path"/>: comas, comillas, espacios fuera y sin comprobaciones propias.</summary>
    private static SepReader Open(string path)
    {
        // Sep lee cada fila; la cabecera la leemos nosotros (HasHeader = false) para decir en español qué nombre falta
        // o se repite, y contamos los campos nosotros (DisableColCountCheck) para decir la línea en español.
        return Sep.Reader(options =>
                options with
                {
                    Sep = new Sep(','),
                    HasHeader = false,
                    Unescape = true,
                    Trim = SepTrim.All,
                    DisableColCountCheck = true,
                    CultureInfo = CultureInfo.InvariantCulture,
                }
            )
            .FromFile(path);
    }

    /// <summary>Un número impar de comillas en una fila: unas comillas se abrieron y Sep leyó hasta el final.</summary>
    private static void CheckQuotes(string path, int line, ReadOnlySpan<char> text)
    {
        if (text.Count('"') % 2 != 0)
            throw new CsvFormatException(
                path,
                line,
                null,
                null,
                "unas comillas se abren y no se cierran: un campo entre comillas tiene que acabar en otra comilla "
                    + "(y una comilla dentro de él se escribe doble: \"\")."
            );
    }

    /// <summary>Los nombres de la cabecera: ninguno vacío ni repetido (una columna se busca por su nombre).</summary>
    private static string[] CheckHeader(string path, int line, string[] columns)
    {
        for (int c = 0; c < columns.Length; c++)
        {
            if (columns[c].Length == 0)
                throw new CsvFormatException(path, line, c + 1, null, "la cabecera tiene un nombre de columna vacío.");
            int first = Array.IndexOf(columns, columns[c]);
            if (first < c)
                throw new CsvFormatException(
                    path,
                    line,
                    c + 1,
                    columns[c],
                    $"la cabecera repite el nombre '{columns[c]}' (ya es la columna {first + 1}): cada columna "
                        + "necesita un nombre distinto para poder elegirla."
                );
        }
        return columns;
    }

    /// <summary>"1 campo", "3 campos".</summary>
    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
