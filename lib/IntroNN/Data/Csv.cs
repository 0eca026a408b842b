using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Lectura de los CSV de <c>data/</c>: separados por comas, una cabecera, números con punto decimal.
/// </summary>
/// <remarks>
/// Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.
/// Escrito a mano (unas decenas de líneas) en lugar de usar una biblioteca de CSV: nuestros archivos son tablas
/// numéricas sencillas, y lo que importa aquí es que un error diga archivo, línea y columna en español.
/// No admite comas dentro de campos entre comillas; las comillas que rodean un campo entero se quitan.
/// </remarks>
public static class Csv
{
    /// <summary>
    /// Carga un conjunto etiquetado: la columna <paramref name="labelColumn"/> da las etiquetas (enteros ≥ 0) y todas
    /// las demás columnas son características numéricas, en el orden del archivo.
    /// </summary>
    public static Dataset Load(string path, string labelColumn) => Load(path, labelColumn, classNames: null);

    /// <summary>
    /// Como <see cref="Load(string, string)"/>, pero las etiquetas del archivo son nombres de clase (p. ej. "setosa") y
    /// se convierten en su posición dentro de <paramref name="classNames"/>.
    /// </summary>
    public static Dataset Load(string path, string labelColumn, IReadOnlyList<string>? classNames)
    {
        var table = LoadTable(path);
        int labelIndex = table.IndexOf(labelColumn);
        if (table.Rows.Count == 0)
            throw new CsvFormatException(table.Path, 1, null, null, "el archivo solo tiene la cabecera: no hay ninguna muestra.");
        int[] featureColumns = Enumerable.Range(0, table.Columns.Count).Where(c => c != labelIndex).ToArray();
        if (featureColumns.Length == 0)
            throw new CsvFormatException(table.Path, 1, null, null, $"solo tiene la columna de etiquetas '{labelColumn}': no hay características.");

        var x = Matrix<double>.Build.Dense(table.Rows.Count, featureColumns.Length);
        var labels = new int[table.Rows.Count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            for (int f = 0; f < featureColumns.Length; f++) x[r, f] = ParseNumber(table, r, featureColumns[f]);
            labels[r] = ParseLabel(table, r, labelIndex, classNames);
        }
        return new Dataset(x, labels);
    }

    /// <summary>Lee un CSV tal cual: cabecera y campos de texto. Las líneas en blanco se saltan.</summary>
    public static CsvTable LoadTable(string path)
    {
        Guard.NotNull(path, nameof(path));
        if (!File.Exists(path))
            throw new ArgumentException(
                $"No existe el archivo '{path}' (buscado como '{System.IO.Path.GetFullPath(path)}'). " +
                "Las rutas relativas cuentan desde la carpeta de trabajo actual.",
                nameof(path), new FileNotFoundException(null, path));

        var lines = File.ReadAllLines(path);
        int headerLine = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (headerLine < 0)
            throw new CsvFormatException(path, 1, null, null, "el archivo está vacío: se esperaba una cabecera con los nombres de columna.");
        string[] columns = Split(lines[headerLine]);
        for (int c = 0; c < columns.Length; c++)
            if (columns[c].Length == 0)
                throw new CsvFormatException(path, headerLine + 1, c + 1, null, "la cabecera tiene un nombre de columna vacío.");

        var rows = new List<string[]>();
        var lineNumbers = new List<int>();
        for (int l = headerLine + 1; l < lines.Length; l++)
        {
            if (string.IsNullOrWhiteSpace(lines[l])) continue;
            string[] fields = Split(lines[l]);
            if (fields.Length != columns.Length)
                throw new CsvFormatException(path, l + 1, null, null,
                    $"tiene {fields.Length} campos pero la cabecera tiene {columns.Length} columnas ({string.Join(", ", columns)}).");
            rows.Add(fields);
            lineNumbers.Add(l + 1);
        }
        return new CsvTable(path, columns, rows, lineNumbers);
    }

    internal static double ParseNumber(CsvTable table, int row, int column)
    {
        string text = table.Rows[row][column];
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
            return value;
        string problem = text.Length == 0 ? "el campo está vacío, y se esperaba un número."
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? $"'{text}' no es un número finito (ni NaN ni ∞ valen como dato)."
                : $"'{text}' no es un número (se esperaba algo como 1.5 o -2e3, con punto decimal).";
        throw new CsvFormatException(table.Path, table.LineNumbers[row], column + 1, table.Columns[column], problem);
    }

    private static int ParseLabel(CsvTable table, int row, int column, IReadOnlyList<string>? classNames)
    {
        string text = table.Rows[row][column];
        if (classNames is not null)
        {
            for (int k = 0; k < classNames.Count; k++)
                if (classNames[k] == text) return k;
            throw new CsvFormatException(table.Path, table.LineNumbers[row], column + 1, table.Columns[column],
                $"la clase '{text}' no está entre las esperadas ({string.Join(", ", classNames)}).");
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int label) && label >= 0)
            return label;
        // "1.0" también es la etiqueta 1 (así escribe pandas las columnas enteras con huecos).
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && d >= 0 && d == Math.Floor(d) && d <= int.MaxValue)
            return (int)d;
        throw new CsvFormatException(table.Path, table.LineNumbers[row], column + 1, table.Columns[column],
            $"'{text}' no es una etiqueta válida: se esperaba un entero ≥ 0 (0, 1, 2…).");
    }

    private static string[] Split(string line)
    {
        string[] fields = line.Split(',');
        for (int i = 0; i < fields.Length; i++)
        {
            string f = fields[i].Trim();
            if (f.Length >= 2 && f[0] == '"' && f[^1] == '"') f = f[1..^1];
            fields[i] = f;
        }
        return fields;
    }
}
