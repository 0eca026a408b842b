using Plotly.NET;
using static IntroNN.ChartNumbers;

namespace IntroNN;

public static partial class Charts
{
    /// <summary>
    /// Varias curvas con nombre en un mismo gráfico, para compararlas: la pérdida con distintos tamaños de lote o
    /// tasas de aprendizaje, la norma de los pesos con y sin regularización...
    /// Capítulos 4 (<c>04-descenso-por-gradiente.ipynb</c>) y 5b (<c>05b-regularizacion.ipynb</c>).
    /// </summary>
    /// <typeparam name="TValues">
    /// El tipo de cada lista de valores (<c>double[]</c>, <c>List&lt;double&gt;</c>...): lo deduce el compilador, así que
    /// se puede pasar <c>runs.Select(r =&gt; (r.Name, r.Losses))</c> sin convertir nada.
    /// </typeparam>
    /// <param name="series">Pares (nombre, valores): una curva por par, en ese orden y con los colores de <see cref="ChartColors.Classes"/>.</param>
    /// <param name="x">Valores del eje x, compartidos por todas las curvas (misma longitud que cada una); por defecto 0, 1, 2...</param>
    /// <param name="logX">Eje x logarítmico (entonces hace falta <paramref name="x"/>, con valores positivos).</param>
    /// <param name="logY">Eje y logarítmico (todos los valores deben ser positivos).</param>
    /// <param name="xTitle">Título del eje x.</param>
    /// <param name="yTitle">Título del eje y.</param>
    /// <param name="title">Título; por defecto «<paramref name="yTitle"/> por <paramref name="xTitle"/>».</param>
    public static GenericChart Curves<TValues>(
        IEnumerable<(string Name, TValues Values)> series,
        IReadOnlyList<double>? x = null,
        bool logX = false,
        bool logY = false,
        string xTitle = "paso",
        string yTitle = "pérdida",
        string? title = null
    )
        where TValues : IReadOnlyList<double>
    {
        Guard.NotNull(series, nameof(series));
        var curves = series.ToList();
        Guard.NotEmpty(curves, nameof(series));
        // "series[1] ('η = 0.5')": the message says which curve; the exception names the argument, series.
        string Curve(int k) => $"{nameof(series)}[{k}] ('{curves[k].Name}')";
        for (var k = 0; k < curves.Count; k++)
        {
            Guard.LegendName(curves[k].Name, $"{nameof(series)}[{k}]", nameof(series), "curva");
            Guard.FiniteValues(curves[k].Values, Curve(k), nameof(series));
        }

        if (x is not null)
        {
            Guard.FiniteValues(x, nameof(x));
            for (var k = 0; k < curves.Count; k++)
                Guard.SameLength(curves[k].Values.Count, Curve(k), x.Count, nameof(x), nameof(series));
        }

        if (logX)
        {
            if (x is null)
                Guard.Fail(
                    nameof(x),
                    "es null",
                    "un eje x con sus valores, porque logX es true",
                    "Sin él las curvas empiezan en el paso 0, que no cabe en un eje logarítmico."
                );
            AllPositive(x, nameof(x), nameof(x), nameof(logX));
        }

        if (logY)
        {
            for (var k = 0; k < curves.Count; k++)
                AllPositive(curves[k].Values, Curve(k), nameof(series), nameof(logY));
        }

        var traces = new List<Trace>();
        for (var k = 0; k < curves.Count; k++)
        {
            var values = curves[k].Values;
            var xs = x?.ToArray() ?? Enumerable.Range(0, values.Count).Select(i => (double)i).ToArray();
            traces.Add(
                ChartParts
                    .Lines(xs, values, curves[k].Name, ChartColors.Class(k), width: 2.5)
                    // Few points: show each one; many: a clean line (as in LossHistory).
                    .With("mode", values.Count <= 30 ? "lines+markers" : "lines")
                    .With(
                        "hovertemplate",
                        $"{curves[k].Name}<br>{xTitle} = %{{x}}<br>{yTitle} = %{{y:.4g}}<extra></extra>"
                    )
            );
        }

        var layout = ChartLayout.Create(title ?? DefaultCurvesTitle(xTitle, yTitle), xTitle, yTitle);
        if (logX)
            layout.With("xaxis", ChartLayout.LogAxis(xTitle, x!));
        if (logY)
            layout.With("yaxis", ChartLayout.LogAxis(yTitle, curves.SelectMany(c => c.Values)));
        return ChartParts.Build(layout, traces);
    }

    private static string DefaultCurvesTitle(string xTitle, string yTitle) =>
        string.IsNullOrWhiteSpace(yTitle) || string.IsNullOrWhiteSpace(xTitle)
            ? "Curvas"
            : $"{char.ToUpperInvariant(yTitle[0])}{yTitle[1..]} por {xTitle}";

    private static void AllPositive(IReadOnlyList<double> values, string name, string paramName, string option)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] <= 0)
                throw Guard.Error(
                    $"{name}[{i}]",
                    $"vale {Format(values[i])}",
                    $"un valor positivo, porque {option} es true",
                    $"Un eje logarítmico no llega a {Format(values[i])}.",
                    paramName
                );
        }
    }
}
