using System.Text.Json.Nodes;
using NotebookEngine.Widgets;

namespace NotebookEngine.Formatting;

/// <summary>
/// Los formateadores de una sesión, en orden de preferencia: gráficos Plotly, tipos con
/// <c>TypeFormatterSourceAttribute</c> (tensores de TorchSharp), vectores y matrices de MathNet, colecciones y, al
/// final, <c>ToString()</c>. Un control (<see cref="Widget"/>) se muestra con su respaldo estático y, si hay un
/// cliente conectado, también como control (<c>application/vnd.jupyter.widget-view+json</c>).
/// </summary>
internal sealed class ValueFormatter(IReadOnlyList<IValueFormatter> formatters, WidgetHub? widgets = null)
{
    /// <summary>Los controles de la sesión.</summary>
    public WidgetHub? Widgets => widgets;

    /// <summary>El tipo MIME del texto plano, que todo resultado de celda lleva.</summary>
    public const string PlainTextMime = "text/plain";

    /// <summary>
    /// Las representaciones de <paramref name="value"/>. Si se piden tipos MIME concretos, solo esos (y texto plano
    /// si ninguno sale). Un resultado de celda (<paramref name="isResult"/>) siempre lleva <c>text/plain</c>.
    /// </summary>
    public Dictionary<string, JsonNode> Format(object? value, IReadOnlyCollection<string>? mimeTypes, bool isResult)
    {
        var data = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (value is Widget widget)
            AddWidget(widget, data);
        else if (value is not null)
        {
            foreach (var formatter in formatters)
            {
                try
                {
                    if (formatter.TryFormat(value, data))
                        break;
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // Un formateador que falla no debe tumbar la celda: se muestra el texto plano y el motivo.
                    data.Clear();
                    data[PlainTextMime] = $"{PlainText(value)}\n(no se pudo formatear: {exception.Message})";
                    break;
                }
            }
        }
        if (mimeTypes is { Count: > 0 })
        {
            foreach (var key in data.Keys.Where(k => !mimeTypes.Contains(k)).ToList())
                data.Remove(key);
        }
        if (data.Count == 0 || (isResult && !data.ContainsKey(PlainTextMime)))
            data[PlainTextMime] = PlainText(value);
        return data;
    }

    // Primero el respaldo estático (lo que ven el libro y los clientes sin controles); con cliente, el control.
    private void AddWidget(Widget widget, Dictionary<string, JsonNode> data)
    {
        foreach (var (mime, content) in widget.StaticBundle(this))
            data[mime] = content.DeepClone();
        data.TryAdd(PlainTextMime, PlainText(widget)); // el del respaldo, si lo trae (p. ej. el resultado de Interact)
        if (widgets is not { IsConnected: true } hub)
            return;
        hub.Open(widget);
        data[WidgetProtocol.ViewMime] = new JsonObject
        {
            ["model_id"] = widget.Id,
            ["version_major"] = 2,
            ["version_minor"] = 0,
        };
    }

    /// <summary>El texto plano de un valor: <c>&lt;null&gt;</c> para null (como Polyglot), si no <c>ToString()</c>.</summary>
    public static string PlainText(object? value) =>
        value switch
        {
            null => "<null>",
            string text => text,
            _ => value.ToString() ?? value.GetType().Name,
        };
}
