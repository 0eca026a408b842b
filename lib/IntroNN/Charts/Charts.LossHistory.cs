using Plotly.NET;
using static IntroNN.ChartNumbers;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// La pérdida paso a paso durante el entrenamiento, sobre el conjunto de entrenamiento y, si se da,
    /// sobre el de validación (con su mínimo marcado: el punto donde convendría parar).
    /// Capítulo 4 (<c>04-descenso-por-gradiente.ipynb</c>).
    /// </summary>
    /// <param name="train">Pérdida en entrenamiento, una por paso.</param>
    /// <param name="validation">Pérdida en validación, una por paso (misma longitud que <paramref name="train"/>).</param>
    /// <param name="steps">Número de cada paso (eje x); por defecto 0, 1, 2...</param>
    /// <param name="stepSize">
    /// En lugar de <paramref name="steps"/>: cada cuántos pasos se anotó la pérdida, para un eje x 0, stepSize,
    /// 2·stepSize... (lo que hace <c>visualize_training</c> del cuaderno de Python con <c>valid_steps</c>).
    /// </param>
    /// <param name="logScale">Eje y logarítmico, útil cuando la pérdida cae varios órdenes de magnitud.</param>
    /// <param name="stepTitle">Título del eje x: «paso», «época»...</param>
    /// <param name="title">Título; por defecto «Pérdida durante el entrenamiento».</param>
    public static GenericChart LossHistory(
        IReadOnlyList<double> train,
        IReadOnlyList<double>? validation = null,
        IReadOnlyList<double>? steps = null,
        int? stepSize = null,
        bool logScale = false,
        string stepTitle = "paso",
        string? title = null
    )
    {
        Guard.FiniteValues(train, nameof(train));
        if (validation is not null)
        {
            Guard.SameLength(validation.Count, nameof(validation), train.Count, nameof(train));
            Guard.AllFinite(validation, nameof(validation));
        }

        if (steps is not null)
        {
            Guard.SameLength(steps.Count, nameof(steps), train.Count, nameof(train));
            Guard.AllFinite(steps, nameof(steps));
        }

        if (stepSize is { } size)
        {
            if (steps is not null)
                Guard.Fail(nameof(stepSize), Format(size), "null cuando se dan steps (uno de los dos, no ambos)");
            Guard.Positive(size, nameof(stepSize));
            steps = Enumerable.Range(0, train.Count).Select(k => (double)k * size).ToArray();
        }

        if (logScale)
        {
            foreach (var (values, name) in new[] { (train, nameof(train)), (validation ?? [], nameof(validation)) })
            {
                var index = values.ToList().FindIndex(v => v <= 0);
                if (index >= 0)
                    throw Guard.Error(
                        $"{name}[{index}]",
                        $"vale {Format(values[index])}",
                        "una pérdida positiva: con logScale el eje es logarítmico",
                        null,
                        name
                    );
            }
        }

        var x = steps?.ToArray() ?? Enumerable.Range(0, train.Count).Select(i => (double)i).ToArray();
        // Few points: show each one; many: a clean line.
        var mode = train.Count <= 30 ? "lines+markers" : "lines";
        var traces = new List<Trace>
        {
            ChartParts.Lines(x, train, "entrenamiento", ChartColors.Train).With("mode", mode),
        };
        var layout = ChartLayout.Create(
            title ?? "Pérdida durante el entrenamiento",
            stepTitle,
            "pérdida (entropía cruzada media)"
        );

        if (validation is not null)
        {
            traces.Add(
                ChartParts.Lines(x, validation, "validación", ChartColors.Validation, dash: "dash").With("mode", mode)
            );
            var best = Enumerable.Range(0, validation.Count).MinBy(i => validation[i]);
            traces.Add(
                ChartParts.Markers(
                    [x[best]],
                    [validation[best]],
                    $"mínimo de validación: {stepTitle} {Format(x[best])}",
                    ChartColors.Validation,
                    size: 12,
                    symbol: "diamond",
                    outline: ChartColors.Ink
                )
            );
        }

        if (logScale)
            layout.With(
                "yaxis",
                ChartLayout.LogAxis("pérdida (entropía cruzada media)", train.Concat(validation ?? []))
            );
        return ChartParts.Build(layout, traces);
    }
}
