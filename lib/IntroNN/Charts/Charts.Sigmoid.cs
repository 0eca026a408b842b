using Plotly.NET;
using static IntroNN.ChartNumbers;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>Más allá de estos valores precalculados (w × b × puntos) el JSON pasaría de unos 2 MB.</summary>
    private const int MaxSliderValues = 250_000;

    /// <summary>
    /// La sigmoide σ(w·x + b) con dos deslizadores, uno para el peso w y otro para el sesgo b: w cambia la
    /// pendiente (y con w &lt; 0 la invierte), b desplaza la curva. La curva gris es σ(x), para comparar.
    /// Capítulo 1 (<c>01-sigmoide.ipynb</c>).
    /// </summary>
    /// <remarks>
    /// <para>Funciona en una página estática, sin núcleo: todas las curvas se calculan aquí, en C#. Hay una
    /// traza por cada valor de b (solo una visible). Cada paso del deslizador de w reescribe (restyle) la
    /// <c>y</c> de todas esas trazas con σ(wᵢ·x + bⱼ); cada paso del deslizador de b solo cambia cuál es
    /// visible. Como cada deslizador toca un atributo distinto, sus efectos se combinan y la curva visible
    /// es siempre σ(w·x + b) con los dos valores elegidos.</para>
    /// <para>El JSON lleva w × b × puntos valores (5 cifras significativas): con los valores por defecto,
    /// 13 × 11 × 101.</para>
    /// </remarks>
    /// <param name="weights">Valores del deslizador de w; por defecto de −3 a 3 de 0.5 en 0.5.</param>
    /// <param name="biases">Valores del deslizador de b; por defecto de −5 a 5 de 1 en 1.</param>
    /// <param name="initialWeight">Valor de w al abrir el gráfico; debe estar en <paramref name="weights"/>.</param>
    /// <param name="initialBias">Valor de b al abrir el gráfico; debe estar en <paramref name="biases"/>.</param>
    /// <param name="xMin">Inicio del eje x.</param>
    /// <param name="xMax">Fin del eje x.</param>
    /// <param name="points">Puntos de cada curva.</param>
    /// <param name="title">Título; por defecto «La sigmoide σ(w·x + b)».</param>
    public static GenericChart SigmoidWithSliders(
        IReadOnlyList<double>? weights = null,
        IReadOnlyList<double>? biases = null,
        double initialWeight = 1,
        double initialBias = 0,
        double xMin = -10,
        double xMax = 10,
        int points = 101,
        string? title = null
    )
    {
        weights ??= Linspace(-3, 3, 13);
        biases ??= Linspace(-5, 5, 11);
        Guard.FiniteValues(weights, nameof(weights));
        Guard.FiniteValues(biases, nameof(biases));
        Guard.Interval(xMin, xMax, nameof(xMin));
        Guard.AtLeast(points, 2, nameof(points));
        var activeWeight = IndexOf(weights, initialWeight, nameof(initialWeight), nameof(weights));
        var activeBias = IndexOf(biases, initialBias, nameof(initialBias), nameof(biases));
        var total = (long)weights.Count * biases.Count * points;
        if (total > MaxSliderValues)
            Guard.Fail(
                nameof(points),
                $"vale {points}, y weights ({weights.Count}) × biases ({biases.Count}) × points = {total} valores precalculados",
                $"un máximo de {MaxSliderValues} valores",
                "Usa menos valores o menos puntos."
            );

        var x = Linspace(xMin, xMax, points).Select(Compact).ToArray();
        double[] Curve(double w, double b) => x.Select(xi => Compact(Activations.Sigmoid(w * xi + b))).ToArray();

        var traces = new List<Trace> { SigmoidReference(x) };
        for (var j = 0; j < biases.Count; j++)
        {
            traces.Add(
                ChartParts
                    .Lines(x, Curve(weights[activeWeight], biases[j]), "σ(w·x + b)", ChartColors.Model)
                    .With("visible", j == activeBias)
            );
        }

        // Trace 0 is the reference; traces 1..B are the curves, one per value of b.
        var curveIndices = Enumerable.Range(1, biases.Count).ToArray();
        var weightSteps = weights.Select(w => new
        {
            label = Format(w),
            method = "restyle",
            args = new object[] { new { y = biases.Select(b => Curve(w, b)).ToArray() }, curveIndices },
        });
        var biasSteps = biases.Select(
            (_, j) =>
                new
                {
                    label = Format(biases[j]),
                    method = "restyle",
                    args = new object[] { new { visible = biases.Select((_, k) => k == j).ToArray() }, curveIndices },
                }
        );

        var layout = SigmoidLayout(title ?? "La sigmoide σ(w·x + b): mueve w y b", xMax, bottomMargin: 150);
        layout.With(
            "sliders",
            new[] { Slider(weightSteps, activeWeight, "w = ", 0), Slider(biasSteps, activeBias, "b = ", 0.54) }
        );
        return ChartParts.Build(layout, traces);
    }

    /// <summary>
    /// La sigmoide σ(w·x + b) para un peso y un sesgo concretos, con σ(x) en gris como referencia y la frontera de
    /// decisión x = −b/w marcada si cae dentro del eje. Es lo que dibujan los deslizadores de verdad del capítulo 1
    /// (<c>01-sigmoide.ipynb</c>) en cada movimiento; <see cref="SigmoidWithSliders"/> es su versión precalculada,
    /// que funciona sin núcleo.
    /// </summary>
    /// <param name="weight">El peso w.</param>
    /// <param name="bias">El sesgo b.</param>
    /// <param name="xMin">Inicio del eje x.</param>
    /// <param name="xMax">Fin del eje x.</param>
    /// <param name="points">Puntos de la curva.</param>
    /// <param name="title">Título; por defecto «σ(w·x + b) con w = …, b = …».</param>
    public static GenericChart Sigmoid(
        double weight,
        double bias,
        double xMin = -10,
        double xMax = 10,
        int points = 201,
        string? title = null
    )
    {
        Guard.Finite(weight, nameof(weight));
        Guard.Finite(bias, nameof(bias));
        Guard.Interval(xMin, xMax, nameof(xMin));
        Guard.AtLeast(points, 2, nameof(points));
        var x = Linspace(xMin, xMax, points).Select(Compact).ToArray();
        var traces = new List<Trace>
        {
            SigmoidReference(x),
            ChartParts.Lines(
                x,
                x.Select(xi => Compact(Activations.Sigmoid(weight * xi + bias))),
                "σ(w·x + b)",
                ChartColors.Model
            ),
        };
        var boundary = -bias / weight + 0.0; // + 0.0: con b = 0, «0» y no «-0»
        if (weight != 0 && boundary >= xMin && boundary <= xMax)
            traces.Add(
                ChartParts.Markers(
                    [Compact(boundary)],
                    [0.5],
                    $"frontera: x = −b/w = {Format(Compact(boundary))}",
                    ChartColors.Model,
                    size: 11,
                    symbol: "diamond",
                    outline: ChartColors.Ink
                )
            );
        var layout = SigmoidLayout(
            title ?? $"σ(w·x + b) con w = {Format(weight)}, b = {Format(bias)}",
            xMax,
            bottomMargin: 60,
            height: 450
        );
        return ChartParts.Build(layout, traces);
    }

    // σ(x), la curva gris de referencia de los dos gráficos de la sigmoide.
    private static Trace SigmoidReference(double[] x) =>
        ChartParts.Lines(
            x,
            x.Select(Activations.Sigmoid).Select(Compact),
            "σ(x): w = 1, b = 0",
            ChartColors.Reference,
            dash: "dash",
            width: 2
        );

    // Ejes, el umbral 0.5 punteado y su etiqueta: lo común a los dos gráficos de la sigmoide.
    private static Layout SigmoidLayout(string title, double xMax, int bottomMargin, int height = 600)
    {
        var layout = ChartLayout.Create(title, "x", "σ(w·x + b)", height: height);
        layout.With("yaxis", ChartLayout.Axis("σ(w·x + b)").With("range", new[] { -0.05, 1.05 }));
        layout.With(
            "margin",
            new
            {
                l = 70,
                r = 30,
                t = 90,
                b = bottomMargin,
            }
        );
        layout.With(
            "shapes",
            new[]
            {
                new
                {
                    type = "line",
                    xref = "paper",
                    x0 = 0,
                    x1 = 1,
                    yref = "y",
                    y0 = 0.5,
                    y1 = 0.5,
                    line = new
                    {
                        color = ChartColors.Reference,
                        dash = "dot",
                        width = 1.5,
                    },
                },
            }
        );
        layout.With(
            "annotations",
            new[]
            {
                ChartParts.Label(
                    xMax,
                    0.5,
                    "umbral 0.5",
                    ChartColors.Reference,
                    xanchor: "right",
                    yanchor: "bottom",
                    yshift: 2
                ),
            }
        );
        return layout;
    }

    private static object Slider(IEnumerable<object> steps, int active, string prefix, double x) =>
        new
        {
            active,
            steps = steps.ToArray(),
            currentvalue = new
            {
                prefix,
                visible = true,
                xanchor = "left",
                font = new { size = 15, color = ChartColors.Ink },
            },
            x,
            len = 0.46,
            xanchor = "left",
            y = 0,
            yanchor = "top",
            pad = new { t = 60, b = 10 },
        };

    private static int IndexOf(IReadOnlyList<double> values, double value, string valueName, string listName)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (Math.Abs(values[i] - value) <= 1e-9 * Math.Max(1, Math.Abs(value)))
                return i;
        }

        throw Guard.Error(
            valueName,
            $"vale {Format(value)}",
            $"uno de los valores de {listName} ({string.Join(", ", values.Select(Format))})"
        );
    }
}
