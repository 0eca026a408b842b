using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Lectura de los CSV de <c>data/</c>: separados por comas, una cabecera, números con punto decimal.
/// </summary>
/// <remarks>
/// Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.
/// Las filas las lee <see cref="CsvFile"/> (con Sep); aquí se convierten en números y etiquetas.
/// </remarks>
public static class Csv
{
    /// <summary>
    /// Carga un conjunto etiquetado: la columna <paramref name="labelColumn"/> da las etiquetas y las características
    /// son todas las demás columnas, en el orden del archivo, salvo que elijas cuáles con <paramref name="featureColumns"/>
    /// o apartes algunas con <paramref name="ignoreColumns"/>.
    /// </summary>
    /// <param name="path">El archivo CSV (las rutas relativas cuentan desde la carpeta de trabajo).</param>
    /// <param name="labelColumn">La columna de las etiquetas: enteros ≥ 0, o nombres de clase si das <paramref name="classNames"/>.</param>
    /// <param name="classNames">Si las etiquetas del archivo son nombres (p. ej. "setosa"), la lista de clases: cada
    /// nombre se convierte en su posición en ella.</param>
    /// <param name="featureColumns">Las columnas que son características, en el orden en que las quieres en X. Útil cuando
    /// el archivo trae además columnas de texto o una segunda columna de etiquetas (data/iris.csv trae <c>species</c> y
    /// <c>label</c>).</param>
    /// <param name="ignoreColumns">Columnas que no son características ni etiquetas (todas las demás sí lo son). No se
    /// puede combinar con <paramref name="featureColumns"/>.</param>
    /// <remarks>
    /// Capítulos 4 y 5. Por ejemplo, las cuatro medidas de Iris:
    /// <c>Csv.Load("../data/iris.csv", labelColumn: "label", ignoreColumns: ["species"])</c>.
    /// Un campo que no es un número en una columna de características da una <see cref="CsvFormatException"/> con el
    /// archivo, la línea y la columna.
    /// </remarks>
    public static Dataset Load(
        string path,
        string labelColumn,
        IReadOnlyList<string>? classNames = null,
        IReadOnlyList<string>? featureColumns = null,
        IReadOnlyList<string>? ignoreColumns = null
    )
    {
        Guard.NotNull(labelColumn, nameof(labelColumn), "el nombre de la columna de etiquetas");
        var table = LoadTable(path);
        int labelIndex = table.IndexOf(labelColumn, nameof(labelColumn));
        int[] features = FeatureIndices(table, labelColumn, featureColumns, ignoreColumns);
        if (table.Rows.Count == 0)
            throw new CsvFormatException(
                table.Path,
                1,
                null,
                null,
                "el archivo solo tiene la cabecera: no hay ninguna muestra."
            );
        // Choosing the columns is the fix for a text column: the error says so only when the learner chose none.
        bool chose = featureColumns is not null || ignoreColumns is not null;

        var x = Matrix<double>.Build.Dense(table.Rows.Count, features.Length);
        var labels = new int[table.Rows.Count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            for (int f = 0; f < features.Length; f++)
                x[r, f] = ParseFeature(table, r, features[f], chose);
            labels[r] = ParseLabel(table, r, labelIndex, classNames);
        }
        return new Dataset(x, labels);
    }

    /// <summary>Las posiciones de las columnas de características, comprobando los nombres elegidos.</summary>
    private static int[] FeatureIndices(
        CsvTable table,
        string labelColumn,
        IReadOnlyList<string>? featureColumns,
        IReadOnlyList<string>? ignoreColumns
    )
    {
        if (featureColumns is not null && ignoreColumns is not null)
            Guard.Fail(
                nameof(featureColumns),
                "llega junto con ignoreColumns",
                "solo uno de los dos: featureColumns (las columnas que SÍ son características) o ignoreColumns (las que NO lo son)"
            );
        int Find(string? name, string argument)
        {
            int index = table.IndexOf(name!, argument);
            if (name == labelColumn)
                Guard.Fail(
                    argument,
                    $"incluye '{labelColumn}', la columna de las etiquetas",
                    argument == nameof(featureColumns)
                        ? "una lista sin la columna de las etiquetas: una etiqueta no puede ser a la vez una característica"
                        : "una lista sin la columna de las etiquetas, que ya no cuenta como característica"
                );
            return index;
        }

        int labelIndex = table.IndexOf(labelColumn, nameof(labelColumn));
        int[] indices;
        if (featureColumns is not null)
        {
            if (featureColumns.Count == 0)
                Guard.Fail(nameof(featureColumns), "está vacío", "al menos una columna de características");
            indices = featureColumns.Select(name => Find(name, nameof(featureColumns))).ToArray();
            var repeated = featureColumns.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
                Guard.Fail(
                    nameof(featureColumns),
                    $"nombra dos veces la columna '{repeated.Key}'",
                    "que cada columna aparezca una sola vez"
                );
            return indices;
        }

        var ignored = (ignoreColumns ?? []).Select(name => Find(name, nameof(ignoreColumns))).ToHashSet();
        indices = Enumerable
            .Range(0, table.Columns.Count)
            .Where(c => c != labelIndex && !ignored.Contains(c))
            .ToArray();
        if (indices.Length == 0)
            throw new CsvFormatException(
                table.Path,
                1,
                null,
                null,
                ignored.Count == 0
                    ? $"solo tiene la columna de etiquetas '{labelColumn}': no hay características."
                    : $"sin la columna de etiquetas '{labelColumn}' y las de ignoreColumns no queda ninguna característica."
            );
        return indices;
    }

    /// <summary>
    /// Un campo de una columna de características. Si no es un número y no se eligieron columnas, el mensaje
    /// añade cómo apartar esa columna (una columna de texto, como <c>species</c>, no puede ser característica).
    /// </summary>
    private static double ParseFeature(CsvTable table, int row, int column, bool columnsWereChosen)
    {
        try
        {
            return ParseNumber(table, row, column);
        }
        catch (CsvFormatException error) when (!columnsWereChosen)
        {
            string name = table.Columns[column];
            throw new CsvFormatException(
                table.Path,
                error.Line,
                error.Column,
                name,
                error.Problem
                    + $" Todas las columnas menos la de etiquetas se leen como características; si '{name}' no lo es, "
                    + $"apártala con ignoreColumns: [\"{name}\"] o elige las que sí lo son con featureColumns."
            );
        }
    }

    /// <summary>
    /// Lee un CSV tal cual: cabecera y campos de texto. Admite campos entre comillas (con comas o comillas dobladas
    /// dentro: <c>"1,5"</c>, <c>"a""b"</c>); los espacios alrededor de cada campo se quitan y las líneas en blanco se
    /// saltan.
    /// </summary>
    /// <exception cref="CsvFormatException">
    /// Archivo vacío, cabecera con un nombre vacío o repetido, comillas sin cerrar, o una fila con otro número de
    /// campos que la cabecera: con el archivo, la línea y (si se sabe) la columna.
    /// </exception>
    public static CsvTable LoadTable(string path) => CsvFile.Read(path);

    internal static double ParseNumber(CsvTable table, int row, int column)
    {
        string text = table.Rows[row][column];
        if (
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            && double.IsFinite(value)
        )
            return value;
        string problem =
            text.Length == 0 ? "el campo está vacío, y se esperaba un número."
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
                if (classNames[k] == text)
                    return k;
            throw new CsvFormatException(
                table.Path,
                table.LineNumbers[row],
                column + 1,
                table.Columns[column],
                $"la clase '{text}' no está entre las esperadas ({string.Join(", ", classNames)})."
            );
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int label) && label >= 0)
            return label;
        // "1.0" también es la etiqueta 1 (así escribe pandas las columnas enteras con huecos).
        if (
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
            && d >= 0
            && d == Math.Floor(d)
            && d <= int.MaxValue
        )
            return (int)d;
        throw new CsvFormatException(
            table.Path,
            table.LineNumbers[row],
            column + 1,
            table.Columns[column],
            $"'{text}' no es una etiqueta válida: se esperaba un entero ≥ 0 (0, 1, 2…)."
        );
    }
}
