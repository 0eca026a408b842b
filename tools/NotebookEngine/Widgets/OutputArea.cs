using System.Text.Json.Nodes;
using NotebookEngine.Scripting;

namespace NotebookEngine.Widgets;

/// <summary>
/// Un área de salida (<c>Output</c> de ipywidgets): lo que escribe o muestra el código que se ejecuta con
/// <see cref="Capture"/> aparece aquí, no en la celda. Es donde <c>Interact</c> y los manejadores de los controles
/// dejan su salida. El estado <c>outputs</c> se envía al cliente como mucho 4 veces por segundo y, siempre, al acabar.
/// </summary>
public sealed class OutputArea : Widget
{
    private readonly Lock _gate = new();
    private readonly WidgetPart _layout = WidgetPart.Layout();
    private readonly Throttle _throttle;
    private readonly OutputList _outputs = new();

    /// <summary>Un área de salida vacía.</summary>
    public OutputArea()
        : base("OutputModel", "OutputView", WidgetProtocol.Output, WidgetProtocol.OutputModuleVersion) =>
        _throttle = new Throttle(DisplayHandle.MinimumInterval, SendOutputs);

    /// <summary>Ejecuta <paramref name="work"/> con su consola, sus <c>display</c> y sus errores dirigidos a esta área.</summary>
    public void Capture(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var formatter =
            CellContext.Current?.Formatter
            ?? Hub?.Formatter
            ?? throw new InvalidOperationException(
                "OutputArea.Capture necesita una celda en marcha o un control ya mostrado, y no hay ninguno."
            );
        CellContext.Redirect(formatter, Add, work);
        _throttle.Flush();
    }

    /// <summary>Muestra <paramref name="value"/> en el área, como <c>display(value)</c> en una celda.</summary>
    public void Display(object? value) => Capture(() => NotebookFunctions.display(value));

    /// <summary>Borra el área.</summary>
    public void Clear()
    {
        Add(new ClearRequest(Wait: false));
        _throttle.Flush();
    }

    /// <summary>
    /// Como <see cref="Capture"/>, pero lo que había sigue a la vista hasta que llega la primera salida nueva
    /// (<c>clear_output(wait=True)</c>): lo que hace <c>Interact</c> al volver a calcular, sin parpadeo.
    /// </summary>
    internal void Replace(Action work)
    {
        Add(new ClearRequest(Wait: true));
        Capture(work);
    }

    /// <summary>Las salidas a la vista.</summary>
    internal IReadOnlyList<CellOutput> Outputs
    {
        get
        {
            lock (_gate)
                return [.. _outputs.Outputs];
        }
    }

    internal override IEnumerable<Widget> References => [_layout];

    /// <summary>Recibe una salida del código capturado.</summary>
    internal void Add(CellOutput output)
    {
        bool changed;
        lock (_gate)
            changed = _outputs.Apply(output);
        if (changed)
            _throttle.Request();
    }

    private protected override void WriteState(JsonObject state)
    {
        state["_dom_classes"] = new JsonArray();
        state["layout"] = WidgetProtocol.Reference(_layout);
        state["msg_id"] = "";
        state["outputs"] = OutputsJson();
        state["tabbable"] = null;
        state["tooltip"] = null;
    }

    private void SendOutputs() => Changed(new JsonObject { ["outputs"] = OutputsJson() });

    // Cada salida como en nbformat (output_type, data, metadata...), que es lo que pinta el área en el cliente.
    private JsonArray OutputsJson()
    {
        var json = new JsonArray();
        foreach (var output in Outputs)
            json.Add(NbformatOutput(output));
        return json;
    }

    private static JsonObject NbformatOutput(CellOutput output) =>
        output switch
        {
            StreamOutput s => new()
            {
                ["output_type"] = "stream",
                ["name"] = s.Name,
                ["text"] = s.Text,
            },
            DisplayOutput d => Rich("display_data", d.Data),
            ResultOutput r => Rich("execute_result", r.Data),
            ErrorOutput e => new()
            {
                ["output_type"] = "error",
                ["ename"] = e.Name,
                ["evalue"] = e.Message,
                ["traceback"] = new JsonArray([.. e.Traceback.Select(line => (JsonNode?)line)]),
            },
            _ => throw new ArgumentException($"Salida sin forma en nbformat: {output.GetType().Name}.", nameof(output)),
        };

    private static JsonObject Rich(string type, IReadOnlyDictionary<string, JsonNode> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, content) in data)
            bundle[mime] = content.DeepClone();
        var json = new JsonObject
        {
            ["output_type"] = type,
            ["data"] = bundle,
            ["metadata"] = new JsonObject(),
        };
        if (type == "execute_result")
            json["execution_count"] = null;
        return json;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Concat(Outputs.OfType<StreamOutput>().Select(s => s.Text)).TrimEnd() is { Length: > 0 } text
            ? text
            : "(área de salida)";
}
