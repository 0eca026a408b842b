using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace IntroNN;

/// <summary>
/// Comprobaciones de argumentos con mensajes en español que dicen qué se esperaba y qué llegó.
/// Todas las clases de la biblioteca validan a través de aquí, para que un error de forma o de datos
/// nunca salga de las entrañas de MathNet con un mensaje que quien aprende no pueda entender.
/// </summary>
internal static class Guard
{
    /// <summary>"3×2": forma de una matriz tal como la escriben los capítulos (filas × columnas).</summary>
    public static string Shape(Matrix<double> m) => $"{m.RowCount}×{m.ColumnCount}";

    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    public static void NotNull<T>(T? value, string name)
        where T : class
    {
        if (value is null)
            throw new ArgumentNullException(name, $"{name} no puede ser null.");
    }

    public static void NotEmpty(Matrix<double> x, string name)
    {
        NotNull(x, name);
        if (x.RowCount == 0 || x.ColumnCount == 0)
            throw new ArgumentException(
                $"{name} está vacía ({Shape(x)}): hace falta al menos una muestra y una característica.",
                name
            );
    }

    public static void NotEmpty<T>(IReadOnlyCollection<T> values, string name)
    {
        NotNull(values, name);
        if (values.Count == 0)
            throw new ArgumentException($"{name} está vacío: hace falta al menos un elemento.", name);
    }

    public static void NotEmpty(Vector<double> values, string name)
    {
        NotNull(values, name);
        if (values.Count == 0)
            throw new ArgumentException($"{name} está vacío: hace falta al menos un elemento.", name);
    }

    /// <summary>X tiene que tener tantas columnas como pesos tiene w.</summary>
    public static void ColumnsMatchWeights(Matrix<double> x, int weights, string xName = "x")
    {
        if (x.ColumnCount != weights)
            throw new ArgumentException(
                $"{xName} ({Shape(x)}) tiene {x.ColumnCount} columnas pero el modelo tiene {weights} pesos: "
                    + "cada columna (característica) necesita su peso.",
                xName
            );
    }

    /// <summary>Una etiqueta por fila.</summary>
    public static void RowsMatchLabels(Matrix<double> x, int labels, string xName = "x", string labelsName = "labels")
    {
        if (x.RowCount != labels)
            throw new ArgumentException(
                $"{xName} ({Shape(x)}) tiene {x.RowCount} filas (muestras) pero {labelsName} tiene {labels} etiquetas: "
                    + "hace falta una etiqueta por muestra.",
                labelsName
            );
    }

    public static void SameLength(int a, string aName, int b, string bName)
    {
        if (a != b)
            throw new ArgumentException(
                $"{aName} tiene {a} elementos pero {bName} tiene {b}: deben tener la misma longitud.",
                bName
            );
    }

    /// <summary>Etiquetas entre 0 y <paramref name="classes"/> − 1 (0 o 1 en la regresión logística).</summary>
    public static void Labels(IReadOnlyList<int> labels, int classes, string name = "labels")
    {
        NotNull(labels, name);
        if (labels is int[] array)
        {
            // Camino rápido: un bucle sobre el array sin llamadas a interfaz (millones de etiquetas por paso).
            for (int i = 0; i < array.Length; i++)
                if ((uint)array[i] >= (uint)classes)
                    ThrowLabel(array[i], i, classes, name);
            return;
        }
        for (int i = 0; i < labels.Count; i++)
            if ((uint)labels[i] >= (uint)classes)
                ThrowLabel(labels[i], i, classes, name);
    }

    private static void ThrowLabel(int label, int index, int classes, string name)
    {
        string expected = classes == 2 ? "0 o 1" : $"un entero entre 0 y {classes - 1}";
        throw new ArgumentOutOfRangeException(
            name,
            label,
            $"{name}[{index}] vale {label}, pero se esperaba {expected} ({classes} clases)."
        );
    }

    public static void Classes(int classes, string name = "classes")
    {
        if (classes < 2)
            throw new ArgumentOutOfRangeException(
                name,
                classes,
                $"{name} vale {classes}, pero clasificar necesita al menos 2 clases (K ≥ 2)."
            );
    }

    public static void Positive(int value, string name)
    {
        if (value <= 0)
            throw new ArgumentOutOfRangeException(name, value, $"{name} vale {value}, pero tiene que ser mayor que 0.");
    }

    public static void LearningRate(double learningRate, string name = "learningRate")
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(
                name,
                learningRate,
                $"{name} vale {Format(learningRate)}, pero la tasa de aprendizaje tiene que ser un número finito mayor que 0."
            );
    }

    public static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(
                name,
                value,
                $"{name} vale {Format(value)}, pero tiene que ser un número finito ≥ 0."
            );
    }

    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException(
                $"{name} vale {Format(value)}, pero tiene que ser un número finito (ni NaN ni ∞).",
                name
            );
    }

    public static void Probability(double p, string name)
    {
        if (!(p >= 0 && p <= 1))
            throw new ArgumentOutOfRangeException(
                name,
                p,
                $"{name} vale {Format(p)}, pero una probabilidad tiene que estar entre 0 y 1."
            );
    }

    /// <summary>Ningún NaN ni ∞ en la matriz; el mensaje dice la fila y la columna del primero.</summary>
    public static void Finite(Matrix<double> x, string name)
    {
        NotNull(x, name);
        if (x.Storage is MathNet.Numerics.LinearAlgebra.Storage.DenseColumnMajorMatrixStorage<double> dense)
        {
            var values = dense.Data;
            if (System.Numerics.Tensors.TensorPrimitives.IsFiniteAll<double>(values))
                return;
            for (int k = 0; k < values.Length; k++)
                if (!double.IsFinite(values[k]))
                    ThrowNotFinite(x, k % x.RowCount, k / x.RowCount, values[k], name);
            return;
        }
        for (int j = 0; j < x.ColumnCount; j++)
        for (int i = 0; i < x.RowCount; i++)
            if (!double.IsFinite(x[i, j]))
                ThrowNotFinite(x, i, j, x[i, j], name);
    }

    private static void ThrowNotFinite(Matrix<double> x, int row, int column, double value, string name) =>
        throw new ArgumentException(
            $"{name} ({Shape(x)}) tiene {Format(value)} en la fila {row}, columna {column}: los datos tienen que ser números finitos (ni NaN ni ∞).",
            name
        );

    public static void Finite(Vector<double> v, string name)
    {
        NotNull(v, name);
        for (int i = 0; i < v.Count; i++)
            if (!double.IsFinite(v[i]))
                throw new ArgumentException(
                    $"{name}[{i}] vale {Format(v[i])}, pero tiene que ser un número finito (ni NaN ni ∞).",
                    name
                );
    }
}
