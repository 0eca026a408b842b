using System.Runtime.CompilerServices;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;

namespace IntroNN;

/// <summary>
/// Piezas de Plotly.NET con las que se arman los gráficos de <see cref="Charts"/>.
/// </summary>
/// <remarks>
/// <para>Los constructores tipados de Plotly.NET (Line.init, Marker.init, ColorBar.init...) piden desde C#
/// todos sus parámetros opcionales de F#, decenas por objeto. Por eso escribimos los atributos de
/// plotly.js con <see cref="With{T}"/> sobre las trazas y el layout de Plotly.NET (objetos dinámicos): los
/// nombres son los de la referencia de plotly.js, los mismos que leen las pruebas en el JSON.</para>
/// <para>Los valores se escriben como objetos anónimos de C#, pero se guardan convertidos en el tipo de
/// Plotly.NET de cada atributo (Title, LinearAxis, Line, Marker...): así las funciones de estilo de
/// Plotly.NET (<c>Chart.withTitle</c>, <c>WithXAxisStyle</c>...) siguen funcionando sobre nuestros gráficos,
/// porque combinan objetos dinámicos y fallan con cualquier otra cosa.</para>
/// </remarks>
internal static class ChartParts
{
    /// <summary>
    /// Asigna un atributo de plotly.js (convertido con <see cref="ToPlotly"/>) y devuelve el mismo objeto,
    /// para encadenar.
    /// </summary>
    public static T With<T>(this T target, string attribute, object value)
        where T : DynamicObj.DynamicObj
    {
        target.SetProperty(attribute, ToPlotly(value, attribute));
        return target;
    }

    /// <summary>El tipo de Plotly.NET de cada atributo de plotly.js que escribimos con objetos.</summary>
    private static readonly Dictionary<string, Type> PlotlyTypes = new()
    {
        ["title"] = typeof(Title),
        ["xaxis"] = typeof(LinearAxis),
        ["yaxis"] = typeof(LinearAxis),
        ["zaxis"] = typeof(LinearAxis),
        ["legend"] = typeof(Legend),
        ["margin"] = typeof(Margin),
        ["annotations"] = typeof(Annotation),
        ["shapes"] = typeof(Shape),
        ["sliders"] = typeof(Slider),
        ["steps"] = typeof(SliderStep),
        ["currentvalue"] = typeof(SliderCurrentValue),
        ["pad"] = typeof(Padding),
        ["scene"] = typeof(Scene),
        ["camera"] = typeof(Camera),
        ["line"] = typeof(Line),
        ["marker"] = typeof(Marker),
        ["colorbar"] = typeof(ColorBar),
        ["contours"] = typeof(Contours),
        ["font"] = typeof(Font),
        ["textfont"] = typeof(Font),
        ["template"] = typeof(Template),
        ["layout"] = typeof(Layout),
    };

    /// <summary>
    /// Convierte un objeto anónimo (y lo que lleve dentro) en objetos dinámicos de Plotly.NET: del tipo de
    /// <see cref="PlotlyTypes"/> si el atributo tiene uno, si no un <see cref="DynamicObj.DynamicObj"/>
    /// sin más. Los números, textos y listas de números pasan tal cual.
    /// </summary>
    internal static object ToPlotly(object value, string attribute)
    {
        var type = value.GetType();
        if (value is DynamicObj.DynamicObj or string || type.IsPrimitive || type.IsEnum)
            return value;
        if (IsAnonymous(type))
        {
            var target = (DynamicObj.DynamicObj)
                Activator.CreateInstance(PlotlyTypes.GetValueOrDefault(attribute, typeof(DynamicObj.DynamicObj)))!;
            foreach (var property in type.GetProperties())
            {
                if (property.GetValue(value) is { } propertyValue)
                    target.SetProperty(property.Name, ToPlotly(propertyValue, property.Name));
            }

            return target;
        }

        if (value is IEnumerable<object> items && !IsPlain(type))
        {
            // A list of objects (annotations, steps, colour-scale pairs): convert each one and keep the
            // Plotly.NET element type when there is one, so that Plotly.NET can append to the list.
            var converted = items.Select(item => ToPlotly(item, attribute)).ToArray();
            if (PlotlyTypes.TryGetValue(attribute, out var elementType) && converted.All(elementType.IsInstanceOfType))
            {
                var typed = Array.CreateInstance(elementType, converted.Length);
                converted.CopyTo(typed, 0);
                return typed;
            }

            return converted;
        }

        return value;
    }

    private static bool IsAnonymous(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), false)
        && type.Name.Contains("AnonymousType", StringComparison.Ordinal);

    // Arrays of numbers, texts or booleans (and arrays of those) go to the JSON as they are.
    private static bool IsPlain(Type type) =>
        type.IsArray
        && (
            type.GetElementType()! is var element
            && (element.IsPrimitive || element == typeof(string) || IsPlain(element))
        );

    /// <summary>Una traza 2-D vacía del tipo de plotly.js indicado ("scatter", "heatmap", "bar"...).</summary>
    public static Trace2D Trace(string type) => new(type);

    /// <summary>Una curva: puntos unidos por una línea.</summary>
    public static Trace2D Lines(
        IEnumerable<double> x,
        IEnumerable<double> y,
        string name,
        string color,
        string dash = "solid",
        double width = 3
    ) =>
        Trace("scatter")
            .With("name", name)
            .With("mode", "lines")
            .With("x", x.ToArray())
            .With("y", y.ToArray())
            .With(
                "line",
                new
                {
                    color,
                    dash,
                    width,
                }
            );

    /// <summary>Puntos sueltos con borde, para que se vean sobre cualquier fondo.</summary>
    public static Trace2D Markers(
        IEnumerable<double> x,
        IEnumerable<double> y,
        string name,
        string color,
        int size = 9,
        string symbol = "circle",
        string outline = "#FFFFFF"
    ) =>
        Trace("scatter")
            .With("name", name)
            .With("mode", "markers")
            .With("x", x.ToArray())
            .With("y", y.ToArray())
            .With(
                "marker",
                new
                {
                    color,
                    size,
                    symbol,
                    line = new { color = outline, width = 1 },
                }
            );

    /// <summary>Una anotación con flecha que apunta a (x, y) desde (ax, ay) píxeles de distancia.</summary>
    public static object Annotation(
        double x,
        double y,
        string text,
        string color = ChartColors.Ink,
        double ax = 30,
        double ay = -30
    ) =>
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
    public static object Label(
        double x,
        double y,
        string text,
        string color = ChartColors.Ink,
        string xanchor = "center",
        string yanchor = "middle",
        double xshift = 0,
        double yshift = 0
    ) =>
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
