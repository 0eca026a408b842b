using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IntroNN;

/// <summary>
/// Comprobaciones de los argumentos de <see cref="Charts"/>. Cada una lanza una <see cref="ArgumentException"/>
/// en español que nombra el argumento, lo que se esperaba y lo que llegó, antes de que Plotly dibuje un
/// gráfico vacío o roto sin decir por qué.
/// </summary>
internal static class ChartArguments
{
    /// <remarks>
    /// <paramref name="paramName"/>, si se da, es el argumento que se nombra en la excepción cuando
    /// <paramref name="name"/> describe una parte de él («series[1] ('η = 0.5')» dentro de series).
    /// </remarks>
    public static void NotEmpty<T>([NotNull] IReadOnlyCollection<T>? values, string name, string? paramName = null)
    {
        if (values is null)
            throw new ArgumentNullException(
                paramName ?? name,
                $"{name} es null; se esperaba una lista con al menos un valor."
            );
        if (values.Count == 0)
            throw new ArgumentException($"{name} está vacío; se esperaba al menos un valor.", paramName ?? name);
    }

    public static void AllFinite(IReadOnlyList<double> values, string name, string? paramName = null)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
                throw new ArgumentException(
                    $"{name}[{i}] es {Show(values[i])}; se esperaban números finitos (sin NaN ni infinitos).",
                    paramName ?? name
                );
        }
    }

    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"{name} es {Show(value)}; se esperaba un número finito.", name);
    }

    public static void FiniteValues([NotNull] IReadOnlyList<double>? values, string name, string? paramName = null)
    {
        NotEmpty(values, name, paramName);
        AllFinite(values, name, paramName);
    }

    public static void SameLength(int count, string name, int otherCount, string otherName, string? paramName = null)
    {
        if (count != otherCount)
            throw new ArgumentException(
                $"{name} tiene {count} valores pero {otherName} tiene {otherCount}; deben tener la misma longitud.",
                paramName ?? name
            );
    }

    public static void Interval(double min, double max, string name)
    {
        Finite(min, name);
        Finite(max, name);
        if (!(min < max))
            throw new ArgumentException(
                $"{name} va de {Show(min)} a {Show(max)}; se esperaba un mínimo estrictamente menor que el máximo.",
                name
            );
    }

    public static void AtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(name, value, $"{name} es {value}; se esperaba al menos {minimum}.");
    }

    public static void Probability(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
            throw new ArgumentException($"{name} es {Show(value)}; se esperaba una probabilidad entre 0 y 1.", name);
    }

    /// <summary>Puntos en el plano: una fila por muestra y dos columnas (x₁, x₂), todos finitos.</summary>
    public static void Points2D([NotNull] double[,]? points, string name)
    {
        if (points is null)
            throw new ArgumentNullException(name, $"{name} es null; se esperaba una matriz de n filas y 2 columnas.");
        if (points.GetLength(1) != 2)
            throw new ArgumentException(
                $"{name} tiene {points.GetLength(1)} columnas; se esperaban 2 (una por cada eje del plano).",
                name
            );
        if (points.GetLength(0) == 0)
            throw new ArgumentException($"{name} no tiene filas; se esperaba al menos un punto.", name);
        for (var i = 0; i < points.GetLength(0); i++)
        {
            for (var j = 0; j < 2; j++)
            {
                if (!double.IsFinite(points[i, j]))
                    throw new ArgumentException(
                        $"{name}[{i}, {j}] es {Show(points[i, j])}; se esperaban números finitos (sin NaN ni infinitos).",
                        name
                    );
            }
        }
    }

    /// <summary>Etiquetas enteras entre 0 y <paramref name="classCount"/> − 1.</summary>
    public static void Labels(IReadOnlyList<int> labels, int classCount, string name)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] < 0 || labels[i] >= classCount)
                throw new ArgumentException(
                    $"{name}[{i}] es {labels[i]}; se esperaba una clase entre 0 y {classCount - 1}.",
                    name
                );
        }
    }

    /// <summary>Nombres de clase: uno por clase y ninguno vacío.</summary>
    public static void ClassNames(IReadOnlyList<string>? names, int classCount, string name)
    {
        if (names is null)
            return;
        if (names.Count != classCount)
            throw new ArgumentException($"{name} tiene {names.Count} nombres pero hay {classCount} clases.", name);
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
                throw new ArgumentException($"{name}[{i}] está vacío; cada clase necesita un nombre.", name);
        }
    }

    private static string Show(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "+∞"
        : double.IsNegativeInfinity(value) ? "−∞"
        : value.ToString("G6", CultureInfo.InvariantCulture);
}
