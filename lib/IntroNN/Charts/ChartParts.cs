using DynamicObj;
using Plotly.NET;

namespace IntroNN;

/// <summary>
/// Piezas de Plotly.NET con las que se arman los gráficos de <see cref="Charts"/>.
/// </summary>
/// <remarks>
/// Los objetos de estilo tipados de Plotly.NET (Line, Marker, ColorBar...) piden desde C# todos sus
/// parámetros opcionales de F#, decenas por objeto. Por eso escribimos los atributos de plotly.js
/// directamente sobre las trazas y el layout de Plotly.NET (que son objetos dinámicos): los nombres son
/// los de la referencia de plotly.js, los mismos que leen las pruebas en el JSON.
/// </remarks>
internal static class ChartParts
{
    /// <summary>Asigna un atributo de plotly.js y devuelve el mismo objeto, para encadenar.</summary>
    public static T With<T>(this T target, string attribute, object value) where T : DynamicObj.DynamicObj
    {
        target.SetProperty(attribute, value);
        return target;
    }

    /// <summary>Una traza 2-D vacía del tipo de plotly.js indicado ("scatter", "heatmap", "bar"...).</summary>
    public static Trace2D Trace(string type) => new(type);

    /// <summary>Una curva: puntos unidos por una línea.</summary>
    public static Trace2D Lines(IEnumerable<double> x, IEnumerable<double> y, string name, string color,
        string dash = "solid", double width = 3) =>
        Trace("scatter")
            .With("name", name)
            .With("mode", "lines")
            .With("x", x.ToArray())
            .With("y", y.ToArray())
            .With("line", new { color, dash, width });

    /// <summary>Puntos sueltos con borde, para que se vean sobre cualquier fondo.</summary>
    public static Trace2D Markers(IEnumerable<double> x, IEnumerable<double> y, string name, string color,
        int size = 9, string symbol = "circle", string outline = "#FFFFFF") =>
        Trace("scatter")
            .With("name", name)
            .With("mode", "markers")
            .With("x", x.ToArray())
            .With("y", y.ToArray())
            .With("marker", new { color, size, symbol, line = new { color = outline, width = 1 } });

    /// <summary>Una anotación con flecha que apunta a (x, y) desde (ax, ay) píxeles de distancia.</summary>
    public static object Annotation(double x, double y, string text, string color = ChartColors.Ink,
        double ax = 30, double ay = -30) =>
        new
        {
            x,
            y,
            text,
            showarrow = true,
            ax,
            ay,
            arrowhead = 2,
            arrowcolor = color,
            font = new { color, size = 13 },
            bgcolor = "rgba(255,255,255,0.85)",
        };

    /// <summary>Un texto sin flecha anclado en (x, y) por su lado <paramref name="xanchor"/>/<paramref name="yanchor"/>.</summary>
    public static object Label(double x, double y, string text, string color = ChartColors.Ink,
        string xanchor = "center", string yanchor = "middle", double xshift = 0, double yshift = 0) =>
        new
        {
            x,
            y,
            text,
            showarrow = false,
            xanchor,
            yanchor,
            xshift,
            yshift,
            font = new { color, size = 13 },
            bgcolor = "rgba(255,255,255,0.85)",
        };

    /// <summary>Reúne trazas y layout en un <see cref="GenericChart"/> (el layout reemplaza al de serie).</summary>
    public static GenericChart Build(Layout layout, IEnumerable<Trace> traces) =>
        GenericChart.setLayout(layout, GenericChart.ofTraceObjects(true, traces.ToArray()));
}
