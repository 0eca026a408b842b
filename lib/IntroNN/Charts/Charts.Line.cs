using Plotly.NET;
using static IntroNN.ChartNumbers;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// La recta y = m·x + b con su pendiente y su ordenada en el origen a la vista: el punto (0, b) donde
    /// corta al eje y, y un triángulo que avanza Δx y sube Δy = m·Δx.
    /// Capítulo 1 (<c>01-sigmoide.ipynb</c>), del que sale z = w·x + b.
    /// </summary>
    /// <param name="slope">Pendiente m: cuánto sube y cuando x aumenta en 1.</param>
    /// <param name="intercept">Ordenada en el origen b: el valor de y en x = 0.</param>
    /// <param name="xMin">Inicio del eje x.</param>
    /// <param name="xMax">Fin del eje x.</param>
    /// <param name="title">Título; por defecto «La recta y = m·x + b» con los valores.</param>
    public static GenericChart Line(
        double slope,
        double intercept,
        double xMin = -5,
        double xMax = 5,
        string? title = null
    )
    {
        Guard.Finite(slope, nameof(slope));
        Guard.Finite(intercept, nameof(intercept));
        Guard.Interval(xMin, xMax, nameof(xMin));

        var formula = LineFormula(slope, intercept);
        var traces = new List<Trace>
        {
            ChartParts.Lines(
                [xMin, xMax],
                [slope * xMin + intercept, slope * xMax + intercept],
                formula,
                ChartColors.Model
            ),
        };
        var annotations = new List<object>();

        // The slope triangle starts at x = 0 when it fits, so that it shares its corner with b; its run is a
        // round number near a quarter of the axis, so that it is big enough to see.
        var run = RoundRun((xMax - xMin) / 4);
        var x0 = xMin <= 0 && run <= xMax ? 0 : xMin;
        if (x0 + run <= xMax)
        {
            var y0 = slope * x0 + intercept;
            var rise = slope * run;
            var color = ChartColors.Class(2);
            traces.Add(
                ChartParts.Lines(
                    [x0, x0 + run, x0 + run],
                    [y0, y0, y0 + rise],
                    $"pendiente m = Δy / Δx = {Format(slope)}",
                    color,
                    dash: "dot",
                    width: 2
                )
            );
            annotations.Add(
                ChartParts.Label(
                    x0 + run / 2,
                    y0,
                    $"Δx = {Format(run)}",
                    color,
                    yanchor: rise >= 0 ? "top" : "bottom",
                    yshift: rise >= 0 ? -4 : 4
                )
            );
            annotations.Add(
                ChartParts.Label(x0 + run, y0 + rise / 2, $"Δy = {Format(rise)}", color, xanchor: "left", xshift: 6)
            );
        }

        if (xMin <= 0 && 0 <= xMax)
        {
            traces.Add(
                ChartParts.Markers(
                    [0.0],
                    [intercept],
                    $"b = {Format(intercept)}: corte con el eje y",
                    ChartColors.Class(1),
                    size: 11
                )
            );
            annotations.Add(
                ChartParts.Annotation(
                    0,
                    intercept,
                    $"(0, b) = (0, {Format(intercept)})",
                    ChartColors.Class(1),
                    ax: -60,
                    ay: -40
                )
            );
        }

        var layout = ChartLayout.Create(title ?? $"La recta {formula}", "x", "y");
        layout.With("annotations", annotations);
        return ChartParts.Build(layout, traces);
    }

    /// <summary>El número redondo (1, 2 o 5 por una potencia de 10) más grande que no pasa de <paramref name="span"/>.</summary>
    private static double RoundRun(double span)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(span)));
        return span >= 5 * power ? 5 * power
            : span >= 2 * power ? 2 * power
            : power;
    }

    /// <summary>«y = 2x + 1», «y = -0.5x - 3», «y = 3»: la ecuación tal como se escribe a mano.</summary>
    internal static string LineFormula(double slope, double intercept)
    {
        var slopePart = slope switch
        {
            0 => "",
            1 => "x",
            -1 => "-x",
            _ => $"{Format(slope)}x",
        };
        if (slopePart.Length == 0)
            return $"y = {Format(intercept)}";
        if (intercept == 0)
            return $"y = {slopePart}";
        return intercept > 0 ? $"y = {slopePart} + {Format(intercept)}" : $"y = {slopePart} - {Format(-intercept)}";
    }
}
