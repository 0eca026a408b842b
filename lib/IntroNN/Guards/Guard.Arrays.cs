using System.Diagnostics.CodeAnalysis;
using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Storage;

namespace IntroNN;

internal static partial class Guard
{
    /// <summary>"3×2": forma de una matriz de MathNet (filas × columnas).</summary>
    public static string Shape(Matrix<double> m) => Shape(m.RowCount, m.ColumnCount);

    public static void NotEmpty([NotNull] Matrix<double>? x, string name)
    {
        NotNull(x, name, "una matriz");
        if (x.RowCount == 0 || x.ColumnCount == 0)
            Fail(name, $"está vacía ({Shape(x)})", "al menos una muestra (fila) y una característica (columna)");
    }

    public static void NotEmpty([NotNull] Vector<double>? values, string name)
    {
        NotNull(values, name, "un vector");
        if (values.Count == 0)
            Fail(name, "está vacío", "al menos un elemento");
    }

    /// <summary>Un vector no vacío (probabilidades o logits) y una etiqueta 0 o 1 por elemento.</summary>
    public static void BinaryBatch(Vector<double> values, string name, IReadOnlyList<int> labels)
    {
        NotEmpty(values, name);
        NotNull(labels, nameof(labels), "una lista de etiquetas");
        SameLength(labels.Count, nameof(labels), values.Count, name);
        Labels(labels, 2);
    }

    /// <summary>X tiene que tener tantas columnas como pesos tiene el modelo.</summary>
    public static void ColumnsMatchWeights(Matrix<double> x, int weights, string name = "x")
    {
        if (x.ColumnCount != weights)
            Fail(
                name,
                $"({Shape(x)}) tiene {x.ColumnCount} columnas",
                $"una por peso del modelo, que tiene {weights}",
                "Cada columna (característica) necesita su peso."
            );
    }

    /// <summary>Una etiqueta por fila de X; se nombra a las etiquetas.</summary>
    public static void RowsMatchLabels(Matrix<double> x, int labels, string xName = "x", string labelsName = "labels")
    {
        if (x.RowCount != labels)
            Fail(
                labelsName,
                $"tiene {labels} etiquetas",
                $"una por fila (muestra) de {xName}, que tiene {x.RowCount} ({Shape(x)})"
            );
    }

    /// <summary>Ningún NaN ni ∞ en la matriz; el mensaje dice la fila y la columna del primero.</summary>
    public static void Finite(Matrix<double> x, string name)
    {
        NotNull(x, name, "una matriz");
        if (x.Storage is DenseColumnMajorMatrixStorage<double> dense)
        {
            var values = dense.Data;
            if (TensorPrimitives.IsFiniteAll<double>(values))
                return;
            for (int k = 0; k < values.Length; k++)
                if (!double.IsFinite(values[k]))
                    FailNotFinite($"{name}[{k % x.RowCount}, {k / x.RowCount}]", values[k], name);
            return;
        }
        for (int j = 0; j < x.ColumnCount; j++)
        for (int i = 0; i < x.RowCount; i++)
            if (!double.IsFinite(x[i, j]))
                FailNotFinite($"{name}[{i}, {j}]", x[i, j], name);
    }

    public static void Finite(Vector<double> v, string name)
    {
        NotNull(v, name, "un vector");
        for (int i = 0; i < v.Count; i++)
            if (!double.IsFinite(v[i]))
                FailNotFinite($"{name}[{i}]", v[i], name);
    }

    /// <summary>Ningún NaN ni ∞ en una lista de números.</summary>
    public static void AllFinite(IReadOnlyList<double> values, string name, string? paramName = null)
    {
        for (var i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i]))
                FailNotFinite($"{name}[{i}]", values[i], paramName ?? name);
    }

    /// <summary>Una lista con al menos un número, todos finitos.</summary>
    public static void FiniteValues([NotNull] IReadOnlyList<double>? values, string name, string? paramName = null)
    {
        NotEmpty(values, name, paramName);
        AllFinite(values, name, paramName);
    }

    [DoesNotReturn]
    public static void FailNotFinite(string element, double value, string paramName) =>
        throw Error(element, $"vale {Format(value)}", "un número finito (ni NaN ni ∞)", null, paramName);

    /// <summary>
    /// La entrada de una inferencia (sigmoide, softmax): ∞ y −∞ valen, porque la función tiene límite; NaN no.
    /// </summary>
    public static void NotNaN(ReadOnlySpan<double> values, string name)
    {
        for (int k = 0; k < values.Length; k++)
            if (double.IsNaN(values[k]))
                throw Error($"{name}[{k}]", "vale NaN", "un número (∞ y -∞ valen: tienen límite; NaN no)", null, name);
    }

    /// <summary>
    /// Una fila de logits para softmax o log-softmax: sin NaN y con algún valor mayor que −∞ (si todos son −∞,
    /// softmax es 0/0 y no tiene límite). <paramref name="row"/>, si se da, es la fila de una matriz.
    /// </summary>
    public static void SoftmaxInput(ReadOnlySpan<double> logits, string name, int? row = null)
    {
        string At(int k) => row is null ? $"{name}[{k}]" : $"{name}[{row}, {k}]";
        bool someAbove = false;
        for (int k = 0; k < logits.Length; k++)
        {
            if (double.IsNaN(logits[k]))
                throw Error(At(k), "vale NaN", "un número (∞ y -∞ valen: tienen límite; NaN no)", null, name);
            someAbove |= logits[k] > double.NegativeInfinity;
        }
        if (!someAbove)
            throw Error(
                row is null ? name : $"{name} (fila {row})",
                "tiene todos sus valores en -∞",
                "al menos uno mayor que -∞",
                "softmax(-∞, …, -∞) es 0/0 y no tiene límite.",
                name
            );
    }

    /// <summary>
    /// Los logits z = Xw + b de una inferencia: si alguno no es finito, o X trae NaN o ∞ (error de los datos, con fila y
    /// columna) o los pesos desbordan un número finito. ±∞ con datos finitos vale: la sigmoide y la softmax tienen límite.
    /// Solo se recorre X si algo salió mal.
    /// </summary>
    public static void Logits(ReadOnlySpan<double> z, Matrix<double> x, string name = "x")
    {
        if (TensorPrimitives.IsFiniteAll(z))
            return;
        Finite(x, name);
        if (TensorPrimitives.IsNaNAny(z))
            throw new InvalidOperationException(
                $"Los logits de {name} ({Shape(x)}) dan NaN con datos y pesos finitos: el producto Xw desborda (∞ − ∞). "
                    + "Estandariza x o usa pesos más pequeños."
            );
    }

    /// <summary>Puntos en el plano: una fila por muestra y dos columnas (x₁, x₂), todos finitos.</summary>
    public static void Points2D([NotNull] double[,]? points, string name)
    {
        NotNull(points, name, "una matriz de n filas y 2 columnas");
        if (points.GetLength(1) != 2)
            Fail(name, $"tiene {points.GetLength(1)} columnas", "2, una por cada eje del plano");
        if (points.GetLength(0) == 0)
            Fail(name, "no tiene filas", "al menos un punto");
        for (var i = 0; i < points.GetLength(0); i++)
        for (var j = 0; j < 2; j++)
            if (!double.IsFinite(points[i, j]))
                FailNotFinite($"{name}[{i}, {j}]", points[i, j], name);
    }

    /// <summary>Nombres de clase (opcionales): uno por clase y ninguno vacío.</summary>
    public static void ClassNames(IReadOnlyList<string>? names, int classCount, string name)
    {
        if (names is null)
            return;
        if (names.Count != classCount)
            Fail(name, $"tiene {names.Count} nombres", $"uno por clase, y hay {classCount}");
        for (var i = 0; i < names.Count; i++)
            if (string.IsNullOrWhiteSpace(names[i]))
                throw Error($"{name}[{i}]", "está vacío", "un nombre para cada clase", null, name);
    }
}
