using Plotly.NET;
using static IntroNN.ChartNumbers;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// La verosimilitud de Bernoulli p(y | ŷ) = ŷ^y (1 − ŷ)^(1 − y) como función de ŷ: la recta ŷ cuando la
    /// etiqueta real es y = 1 y la recta 1 − ŷ cuando es y = 0. Capítulo 2 (<c>02-verosimilitud-bernoulli.ipynb</c>).
    /// </summary>
    /// <param name="prediction">Si se da, marca ese ŷ en las dos rectas (p. ej. 0.9: 0.9 si y = 1, 0.1 si y = 0).</param>
    /// <param name="title">Título; por defecto «Verosimilitud de Bernoulli: p(y | ŷ) = ŷ^y (1 − ŷ)^(1 − y)».</param>
    public static GenericChart BernoulliLikelihood(double? prediction = null, string? title = null)
    {
        var traces = new List<Trace>
        {
            ChartParts.Lines([0.0, 1.0], [0.0, 1.0], "y = 1: p(y | ŷ) = ŷ", ChartColors.Class(1)),
            ChartParts.Lines([0.0, 1.0], [1.0, 0.0], "y = 0: p(y | ŷ) = 1 − ŷ", ChartColors.Class(0)),
        };
        var layout = ChartLayout.Create(
            title ?? "Verosimilitud de Bernoulli: p(y | ŷ) = ŷ<sup>y</sup> (1 − ŷ)<sup>1 − y</sup>",
            "ŷ = P(y = 1 | x), probabilidad predicha",
            "p(y | ŷ), probabilidad de la etiqueta real"
        );

        if (prediction is { } p)
        {
            Guard.Probability(p, nameof(prediction));
            traces.Add(
                ChartParts
                    .Markers([p], [p], $"ŷ = {Format(p)} con y = 1", ChartColors.Class(1), size: 11)
                    .With("showlegend", false)
            );
            traces.Add(
                ChartParts
                    .Markers([p], [1 - p], $"ŷ = {Format(p)} con y = 0", ChartColors.Class(0), size: 11)
                    .With("showlegend", false)
            );
            // Labels sit beside the points, on the side with more room, away from both lines.
            var ax = p > 0.5 ? -90 : 90;
            layout.With(
                "annotations",
                new[]
                {
                    ChartParts.Annotation(p, p, $"si y = 1: p = {Format(p)}", ChartColors.Class(1), ax: ax, ay: 0),
                    ChartParts.Annotation(
                        p,
                        1 - p,
                        $"si y = 0: p = {Format(1 - p)}",
                        ChartColors.Class(0),
                        ax: ax,
                        ay: 0
                    ),
                }
            );
            layout.With(
                "shapes",
                new[]
                {
                    new
                    {
                        type = "line",
                        xref = "x",
                        x0 = p,
                        x1 = p,
                        yref = "paper",
                        y0 = 0,
                        y1 = 1,
                        line = new
                        {
                            color = ChartColors.Reference,
                            dash = "dot",
                            width = 1.5,
                        },
                    },
                }
            );
        }

        return ChartParts.Build(layout, traces);
    }

    /// <summary>
    /// La log-verosimilitud de un conjunto de datos como función de un parámetro (w), a partir de pares
    /// (w, valor) ya calculados, con su máximo marcado: el w que mejor explica los datos.
    /// Capítulo 2 (<c>02-verosimilitud-bernoulli.ipynb</c>).
    /// </summary>
    /// <param name="weights">Valores del parámetro (eje x); se ordenan de menor a mayor.</param>
    /// <param name="logLikelihood">Log-verosimilitud Σ log p(yᵢ | ŷᵢ) para cada valor de <paramref name="weights"/>.</param>
    /// <param name="markMaximum">Marca y anota el máximo.</param>
    /// <param name="parameterName">Nombre del parámetro en el eje x y en la anotación.</param>
    /// <param name="title">Título; por defecto «Log-verosimilitud en función de w».</param>
    public static GenericChart LogLikelihoodByWeight(
        IReadOnlyList<double> weights,
        IReadOnlyList<double> logLikelihood,
        bool markMaximum = true,
        string parameterName = "w",
        string? title = null
    )
    {
        Guard.FiniteValues(weights, nameof(weights));
        Guard.NotEmpty(logLikelihood, nameof(logLikelihood));
        Guard.SameLength(logLikelihood.Count, nameof(logLikelihood), weights.Count, nameof(weights));
        Guard.AllFinite(logLikelihood, nameof(logLikelihood));

        var order = Enumerable.Range(0, weights.Count).OrderBy(i => weights[i]).ToArray();
        var x = order.Select(i => weights[i]).ToArray();
        var y = order.Select(i => logLikelihood[i]).ToArray();
        var traces = new List<Trace> { ChartParts.Lines(x, y, "log-verosimilitud", ChartColors.Model) };
        var layout = ChartLayout.Create(
            title ?? $"Log-verosimilitud en función de {parameterName}",
            parameterName,
            "log-verosimilitud  Σ log p(y<sub>i</sub> | ŷ<sub>i</sub>)"
        );

        if (markMaximum)
        {
            var best = Array.IndexOf(y, y.Max());
            traces.Add(
                ChartParts.Markers(
                    [x[best]],
                    [y[best]],
                    $"máximo: {parameterName} = {Format(x[best])}",
                    ChartColors.Class(1),
                    size: 12
                )
            );
            layout.With(
                "annotations",
                new[]
                {
                    ChartParts.Annotation(
                        x[best],
                        y[best],
                        $"máximo en {parameterName} = {Format(x[best])}<br>log-verosimilitud = {Format(y[best])}",
                        ChartColors.Class(1),
                        ax: 0,
                        ay: 45
                    ),
                }
            );
        }

        return ChartParts.Build(layout, traces);
    }
}
