using Plotly.NET;
using static IntroNN.ChartNumbers;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// Las curvas de la entropía cruzada binaria: −log ŷ cuando la etiqueta real es y = 1 y −log(1 − ŷ)
    /// cuando es y = 0, con casos marcados y anotados (por defecto los del texto: ŷ = 0.9 → 0.105 y
    /// ŷ = 0.1 → 2.303, ambos con y = 1). Capítulo 3 (<c>03-entropia-cruzada.ipynb</c>).
    /// </summary>
    /// <param name="marks">Casos (ŷ, y) que se marcan sobre su curva; por defecto (0.9, 1) y (0.1, 1).
    /// Pasa una lista vacía para no marcar ninguno.</param>
    /// <param name="maxLoss">Tope del eje y: cerca de ŷ = 0 (o 1) la pérdida tiende a infinito.</param>
    /// <param name="title">Título; por defecto «Entropía cruzada binaria: −log p(y | ŷ)».</param>
    public static GenericChart CrossEntropy(
        IReadOnlyList<(double Prediction, int Label)>? marks = null,
        double maxLoss = 5,
        string? title = null
    )
    {
        marks ??= [(0.9, 1), (0.1, 1)];
        Guard.Finite(maxLoss, nameof(maxLoss));
        if (maxLoss <= 0)
            Guard.Fail(nameof(maxLoss), $"vale {Format(maxLoss)}", "un tope positivo");
        for (var i = 0; i < marks.Count; i++)
        {
            var (p, label) = marks[i];
            if (label is not (0 or 1))
                throw Guard.Error($"marks[{i}]", $"tiene y = {label}", "una etiqueta 0 o 1", null, nameof(marks));
            Guard.Probability(p, $"{nameof(marks)}[{i}].Prediction");
            if (double.IsInfinity(BinaryLoss(p, label)))
                throw Guard.Error(
                    $"marks[{i}]",
                    $"tiene ŷ = {Format(p)} con y = {label}, una pérdida infinita",
                    "una pérdida finita, que se pueda marcar en el gráfico",
                    null,
                    nameof(marks)
                );
        }

        // The curves stop where they leave the plot; 400 points keep both ends smooth.
        var yHat = Linspace(0.0025, 0.9975, 400).Select(Compact).ToArray();
        var traces = new List<Trace>
        {
            ChartParts.Lines(yHat, yHat.Select(p => Compact(-Math.Log(p))), "y = 1: L = −log ŷ", ChartColors.Class(1)),
            ChartParts.Lines(
                yHat,
                yHat.Select(p => Compact(-Math.Log(1 - p))),
                "y = 0: L = −log(1 − ŷ)",
                ChartColors.Class(0)
            ),
        };
        var annotations = new List<object>();
        foreach (var (p, label) in marks)
        {
            var loss = BinaryLoss(p, label);
            var color = ChartColors.Class(label);
            traces.Add(
                ChartParts
                    .Markers([p], [loss], $"ŷ = {Format(p)}, y = {label}", color, size: 12)
                    .With("showlegend", false)
            );
            var formula = label == 1 ? $"−log {Format(p)}" : $"−log(1 − {Format(p)})";
            // Text toward the middle of the plot, above the point, so that it is never cut at an edge.
            annotations.Add(
                ChartParts.Annotation(
                    p,
                    loss,
                    $"ŷ = {Format(p)}, y = {label}<br>L = {formula} = {Format(loss)}",
                    color,
                    ax: p < 0.5 ? 70 : -70,
                    ay: -45
                )
            );
        }

        var layout = ChartLayout.Create(
            title ?? "Entropía cruzada binaria: −log p(y | ŷ)",
            "ŷ = P(y = 1 | x), probabilidad predicha",
            "pérdida L<sub>CE</sub> = −log p(y | ŷ)"
        );
        layout.With(
            "xaxis",
            ChartLayout.Axis("ŷ = P(y = 1 | x), probabilidad predicha").With("range", new[] { 0.0, 1.0 })
        );
        layout.With(
            "yaxis",
            ChartLayout.Axis("pérdida L<sub>CE</sub> = −log p(y | ŷ)").With("range", new[] { 0.0, maxLoss })
        );
        layout.With("annotations", annotations);
        return ChartParts.Build(layout, traces);
    }

    /// <summary>−log p(y | ŷ) para una sola observación.</summary>
    private static double BinaryLoss(double prediction, int label) =>
        label == 1 ? -Math.Log(prediction) : -Math.Log(1 - prediction);
}
