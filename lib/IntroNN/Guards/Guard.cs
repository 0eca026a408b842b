using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IntroNN;

/// <summary>
/// Las comprobaciones de argumentos de toda la biblioteca (modelos, datos, gráficos y el gemelo TorchSharp), con un
/// solo formato de mensaje: «<c>argumento</c> lo que llegó, pero se esperaba lo que hacía falta.», y a veces una frase
/// más con el arreglo. Así ningún error sale de las entrañas de MathNet, Plotly o TorchSharp con un mensaje que quien
/// aprende no pueda entender.
/// </summary>
/// <remarks>
/// Este archivo: números, listas y etiquetas. <c>Guard.Arrays.cs</c>: matrices y vectores de MathNet, puntos y
/// logits. <c>Torch/Guard.Tensors.cs</c>: tensores.
/// </remarks>
internal static partial class Guard
{
    /// <summary>
    /// El mensaje único de la biblioteca: «<paramref name="name"/> <paramref name="came"/>, pero se esperaba
    /// <paramref name="expected"/>.» y, si se da, <paramref name="hint"/> detrás.
    /// </summary>
    /// <param name="name">Lo que se nombra en el mensaje: el argumento o una parte de él («labels[3]»).</param>
    /// <param name="came">Lo que llegó: «vale NaN», «tiene 3 columnas».</param>
    /// <param name="expected">Lo que hacía falta, detrás de «pero se esperaba».</param>
    /// <param name="hint">Una frase más, con el arreglo.</param>
    /// <param name="paramName">El argumento de la excepción, si <paramref name="name"/> es solo una parte de él.</param>
    public static InvalidArgumentException Error(
        string name,
        string came,
        string expected,
        string? hint = null,
        string? paramName = null
    ) => new($"{name} {came}, pero se esperaba {expected}.{(hint is null ? "" : " " + hint)}", paramName ?? name);

    /// <summary>Lanza el error de <see cref="Error"/>.</summary>
    [DoesNotReturn]
    public static void Fail(string name, string came, string expected, string? hint = null) =>
        throw Error(name, came, expected, hint);

    /// <summary>"3×2": forma de una matriz tal como la escriben los capítulos (filas × columnas).</summary>
    public static string Shape(int rows, int columns) => $"{rows}×{columns}";

    /// <summary>Un número como lo leería quien aprende: 0.05, NaN, ∞, -∞ (punto decimal, 6 cifras).</summary>
    public static string Format(double value) =>
        value switch
        {
            double.PositiveInfinity => "∞",
            double.NegativeInfinity => "-∞",
            _ => value.ToString("G6", CultureInfo.InvariantCulture),
        };

    public static void NotNull<T>([NotNull] T? value, string name, string expected = "un valor")
    {
        if (value is null)
            Fail(name, "es null", expected);
    }

    public static void NotBlank([NotNull] string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            Fail(name, value is null ? "es null" : "está en blanco", "un texto");
    }

    /// <summary>El nombre de una curva o de un camino de un gráfico, el que sale en la leyenda.</summary>
    /// <param name="value">El nombre.</param>
    /// <param name="name">Cómo se llama en el mensaje («series[1]»).</param>
    /// <param name="paramName">El argumento que se nombra en la excepción.</param>
    /// <param name="item">Qué es: «curva», «camino».</param>
    public static void LegendName(string? value, string name, string paramName, string item)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw Error(name, "no tiene nombre", $"un nombre para cada {item}, el de la leyenda", null, paramName);
    }

    /// <param name="values">La lista.</param>
    /// <param name="name">Cómo se llama en el mensaje (puede ser una parte de un argumento: «series[1]»).</param>
    /// <param name="paramName">El argumento que se nombra en la excepción, si no es <paramref name="name"/>.</param>
    public static void NotEmpty<T>([NotNull] IReadOnlyCollection<T>? values, string name, string? paramName = null)
    {
        if (values is null)
            throw Error(name, "es null", "una lista con al menos un elemento", null, paramName);
        if (values.Count == 0)
            throw Error(name, "está vacío", "al menos un elemento", null, paramName);
    }

    /// <summary>Dos listas que van en pareja; se nombra a la primera.</summary>
    public static void SameLength(int count, string name, int otherCount, string otherName, string? paramName = null)
    {
        if (count != otherCount)
            throw Error(
                name,
                $"tiene {count} elementos",
                $"tantos como {otherName}, que tiene {otherCount}",
                null,
                paramName
            );
    }

    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
            Fail(name, $"vale {Format(value)}", "un número finito (ni NaN ni ∞)");
    }

    public static void Positive(int value, string name)
    {
        if (value <= 0)
            Fail(name, $"vale {value}", "un entero mayor que 0");
    }

    public static void AtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
            Fail(name, $"vale {value}", $"al menos {minimum}");
    }

    public static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
            Fail(name, $"vale {Format(value)}", "un número finito mayor que 0");
    }

    public static void LearningRate(double learningRate, string name = "learningRate")
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            Fail(name, $"vale {Format(learningRate)}", "una tasa de aprendizaje finita y mayor que 0 (p. ej. 0.05)");
    }

    public static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            Fail(name, $"vale {Format(value)}", "un número finito mayor o igual que 0");
    }

    public static void Probability(double p, string name)
    {
        if (!(p >= 0 && p <= 1))
            Fail(name, $"vale {Format(p)}", "una probabilidad entre 0 y 1");
    }

    /// <summary>Estrictamente entre 0 y 1 (una fracción o una probabilidad que no puede ser 0 ni 1).</summary>
    public static void OpenUnitInterval(double p, string name)
    {
        if (!(p > 0 && p < 1))
            Fail(name, $"vale {Format(p)}", "un número estrictamente entre 0 y 1");
    }

    /// <summary>Un intervalo [min, max] finito con min &lt; max.</summary>
    public static void Interval(double min, double max, string name)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || !(min < max))
            Fail(
                name,
                $"va de {Format(min)} a {Format(max)}",
                "un mínimo y un máximo finitos, con el mínimo menor que el máximo"
            );
    }

    public static void Classes(int classes, string name = "classes")
    {
        if (classes < 2)
            Fail(name, $"vale {classes}", "al menos 2 clases (K ≥ 2)");
    }

    /// <summary>Etiquetas entre 0 y <paramref name="classes"/> − 1 (0 o 1 en la regresión logística).</summary>
    public static void Labels(IReadOnlyList<int> labels, int classes, string name = "labels")
    {
        NotNull(labels, name, "una lista de etiquetas");
        if (labels is int[] array)
        {
            // Camino rápido: un bucle sobre el array sin llamadas a interfaz (millones de etiquetas por paso).
            for (int i = 0; i < array.Length; i++)
                if ((uint)array[i] >= (uint)classes)
                    FailLabel(array[i], i, classes, name);
            return;
        }
        for (int i = 0; i < labels.Count; i++)
            if ((uint)labels[i] >= (uint)classes)
                FailLabel(labels[i], i, classes, name);
    }

    public static void BinaryLabel(int y, string name)
    {
        if (y is not (0 or 1))
            Fail(name, $"vale {y}", "una etiqueta binaria: 0 o 1");
    }

    [DoesNotReturn]
    public static void FailLabel(long label, long index, long classes, string name) =>
        throw Error(
            $"{name}[{index}]",
            $"vale {label}",
            classes == 2 ? "0 o 1 (2 clases)" : $"una clase entre 0 y {classes - 1} ({classes} clases)",
            null,
            name
        );
}
