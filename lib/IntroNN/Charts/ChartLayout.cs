using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace IntroNN;

/// <summary>
/// El layout común de <see cref="Charts"/>: título arriba a la izquierda, leyenda horizontal encima del
/// área del gráfico (así nunca tapa la barra de color, que va a la derecha) y una plantilla ligera.
/// </summary>
internal static class ChartLayout
{
    public const int Width = 720;
    public const int Height = 480;

    /// <summary>Borde inferior de la leyenda, en fracción del área del gráfico: justo por encima de ella.</summary>
    public const double LegendBottom = 1.02;

    /// <summary>
    /// Plantilla mínima (unos cientos de bytes) en lugar de la de serie de Plotly.NET (8.5 KB por gráfico):
    /// fondo blanco, rejilla gris clara y los colores de <see cref="ChartColors"/>.
    /// </summary>
    public static object Template { get; } = new
    {
        layout = new
        {
            font = new
            {
                family = "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
                size = 13,
                color = "#2B2B2B",
            },
            paper_bgcolor = "#FFFFFF",
            plot_bgcolor = "#FFFFFF",
            colorway = ChartColors.Classes,
            hovermode = "closest",
            xaxis = AxisStyle(),
            yaxis = AxisStyle(),
        },
    };

    private static object AxisStyle() =>
        new
        {
            gridcolor = "#E5E7EB",
            zerolinecolor = "#9CA3AF",
            linecolor = "#6B7280",
            showline = true,
            ticks = "outside",
            tickcolor = "#6B7280",
            automargin = true,
        };

    /// <summary>Layout con título, ejes titulados, leyenda arriba y tamaño fijo.</summary>
    public static Layout Create(string title, string xTitle, string yTitle, int width = Width, int height = Height)
    {
        var layout = new Layout();
        layout.With("template", Template);
        layout.With(
            "title",
            new
            {
                text = title,
                // Measured from the figure's edge, not the plot's: long axis labels do not push it right.
                x = 0.02,
                xanchor = "left",
                xref = "container",
                y = 1,
                yanchor = "top",
                yref = "container",
                pad = new { t = 14 },
                font = new { size = 17 },
            }
        );
        layout.With("xaxis", Axis(xTitle));
        layout.With("yaxis", Axis(yTitle));
        layout.With(
            "legend",
            new
            {
                orientation = "h",
                x = 0,
                xanchor = "left",
                y = LegendBottom,
                yanchor = "bottom",
                bgcolor = "rgba(255,255,255,0)",
            }
        );
        layout.With(
            "margin",
            new
            {
                l = 70,
                r = 30,
                t = 90,
                b = 60,
            }
        );
        layout.With("width", width);
        layout.With("height", height);
        return layout;
    }

    /// <summary>Un eje con título; se le añaden más atributos de plotly.js con <c>.With("range", ...)</c>.</summary>
    public static LinearAxis Axis(string title) => new LinearAxis().With("title", new { text = title });

    /// <summary>
    /// Un eje logarítmico para los valores <paramref name="values"/>. Si abarcan pocas décadas (≤ 3), marca 1, 2 y 5
    /// de cada década con su número entero («0.05, 0.1, 0.2»): por defecto plotly.js escribiría solo el dígito
    /// («5, 0.1, 2») en las marcas intermedias, que se lee mal. Con más décadas deja que plotly.js elija.
    /// </summary>
    public static LinearAxis LogAxis(string title, IEnumerable<double> values)
    {
        var axis = Axis(title).With("type", "log");
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToList();
        if (positive.Count > 0 && Math.Log10(positive.Max() / positive.Min()) <= 3)
            axis.With("dtick", "D2").With("tickformat", ".2~g");
        return axis;
    }

    /// <summary>
    /// Barra de color a la derecha del área del gráfico, de su misma altura (y de 0 a 1): la leyenda,
    /// que empieza en <see cref="LegendBottom"/>, queda por encima y no la tapa.
    /// </summary>
    public static object ColorBar(string title) =>
        new
        {
            title = new { text = title, side = "right" },
            x = 1.02,
            xanchor = "left",
            y = 0,
            yanchor = "bottom",
            len = 1,
            lenmode = "fraction",
            thickness = 16,
        };
}
