using Plotly.NET;
using static IntroNN.ChartNumbers;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// Las probabilidades que da softmax para una muestra, una barra por clase con su valor encima.
    /// Capítulo 5 (<c>05-softmax.ipynb</c>).
    /// </summary>
    /// <param name="probabilities">Una probabilidad por clase, entre 0 y 1, que sumen 1 (la salida de softmax, no los logits).</param>
    /// <param name="classNames">Nombre de cada clase; por defecto «clase 0», «clase 1»...</param>
    /// <param name="trueClass">Si se da, marca la clase real de la muestra con un borde y «(real)».</param>
    /// <param name="title">Título; por defecto «Probabilidades de softmax».</param>
    public static GenericChart SoftmaxProbabilities(
        IReadOnlyList<double> probabilities,
        IReadOnlyList<string>? classNames = null,
        int? trueClass = null,
        string? title = null
    )
    {
        Guard.FiniteValues(probabilities, nameof(probabilities));
        Guard.AtLeast(probabilities.Count, 2, $"{nameof(probabilities)}.Count");
        for (var k = 0; k < probabilities.Count; k++)
            Guard.Probability(probabilities[k], $"{nameof(probabilities)}[{k}]");
        var sum = probabilities.Sum();
        if (Math.Abs(sum - 1) > 1e-6)
            Guard.Fail(
                nameof(probabilities),
                $"suman {Format(sum)}",
                "una suma de 1",
                "¿Son logits? Aplica softmax antes de dibujarlas."
            );
        Guard.ClassNames(classNames, probabilities.Count, nameof(classNames));
        if (trueClass is { } t && (t < 0 || t >= probabilities.Count))
            Guard.Fail(nameof(trueClass), $"vale {t}", $"una clase entre 0 y {probabilities.Count - 1}");

        var names = Enumerable
            .Range(0, probabilities.Count)
            .Select(k => (classNames?[k] ?? $"clase {k}") + (k == trueClass ? " (real)" : ""))
            .ToArray();
        var bars = ChartParts
            .Trace("bar")
            .With("name", "P(clase | x)")
            .With("x", names)
            .With("y", probabilities.ToArray())
            .With(
                "text",
                probabilities
                    .Select(p => p.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture))
                    .ToArray()
            )
            .With("textposition", "outside")
            .With(
                "marker",
                new
                {
                    color = Enumerable.Range(0, probabilities.Count).Select(ChartColors.Class).ToArray(),
                    line = new
                    {
                        color = ChartColors.Ink,
                        width = Enumerable.Range(0, probabilities.Count).Select(k => k == trueClass ? 3 : 0).ToArray(),
                    },
                }
            )
            .With("showlegend", false)
            .With("hovertemplate", "%{x}: %{y:.4f}<extra></extra>");

        var layout = ChartLayout.Create(title ?? "Probabilidades de softmax", "clase", "probabilidad P(clase | x)");
        layout.With("yaxis", ChartLayout.Axis("probabilidad P(clase | x)").With("range", new[] { 0, 1.1 }));
        layout.With(
            "margin",
            new
            {
                l = 70,
                r = 30,
                t = 60,
                b = 60,
            }
        );
        return ChartParts.Build(layout, [bars]);
    }
}
