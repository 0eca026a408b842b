using System.Text.Json;
using Plotly.NET;

namespace IntroNN.Tests.Charts;

/// <summary>
/// Lee un gráfico como lo recibe plotly.js: el JSON de Plotly.NET (<c>data</c>, <c>layout</c>), para que
/// las pruebas comprueben lo que se va a dibujar y no los objetos intermedios.
/// </summary>
internal sealed class ChartJson
{
    private ChartJson(JsonElement root, int length)
    {
        Root = root;
        Length = length;
    }

    public JsonElement Root { get; }

    /// <summary>Tamaño del JSON en caracteres.</summary>
    public int Length { get; }

    public JsonElement Layout => Root.GetProperty("layout");

    public IReadOnlyList<JsonElement> Traces => Root.GetProperty("data").EnumerateArray().ToList();

    public static ChartJson Of(GenericChart chart)
    {
        var json = GenericChart.toJson(chart);
        return new ChartJson(JsonDocument.Parse(json).RootElement.Clone(), json.Length);
    }

    /// <summary>La traza cuyo <c>name</c> empieza por <paramref name="prefix"/> (debe haber exactamente una).</summary>
    public JsonElement TraceNamed(string prefix) =>
        Assert.Single(
            Traces,
            t =>
                t.TryGetProperty("name", out var name) && name.GetString()!.StartsWith(prefix, StringComparison.Ordinal)
        );

    public IReadOnlyList<string> TraceTypes => Traces.Select(t => t.GetProperty("type").GetString()!).ToList();

    public string AxisTitle(string axis) =>
        Layout.GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static double[][] Matrix(JsonElement array) => array.EnumerateArray().Select(Doubles).ToArray();

    public static double[] X(JsonElement trace) => Doubles(trace.GetProperty("x"));

    public static double[] Y(JsonElement trace) => Doubles(trace.GetProperty("y"));
}
