using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>Un botón (<c>Button</c> de ipywidgets): <see cref="OnClick"/> dice qué hacer al pulsarlo.</summary>
/// <param name="description">El texto del botón.</param>
public sealed class Button(string description) : Widget("ButtonModel", "ButtonView")
{
    private readonly Lock _gate = new();
    private readonly List<(Action Action, OutputArea? Output)> _handlers = [];
    private readonly WidgetPart _layout = WidgetPart.Layout();
    private readonly WidgetPart _style = WidgetPart.Style(
        "ButtonStyleModel",
        new JsonObject { ["button_color"] = null }
    );

    /// <summary>El texto del botón.</summary>
    public string Description { get; } = description ?? "";

    /// <summary>
    /// Llama a <paramref name="handler"/> en cada pulsación, entre celdas (nunca a la vez que una). Lo que escribe va
    /// a <paramref name="output"/>, si se da.
    /// </summary>
    public void OnClick(Action handler, OutputArea? output = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
            _handlers.Add((handler, output));
    }

    /// <summary>Pulsa el botón desde C#: ejecuta lo mismo que una pulsación en el cliente, en el acto.</summary>
    public void Click()
    {
        foreach (var (action, output) in Handlers())
        {
            if (output is not null)
                output.Capture(action);
            else
                action();
        }
    }

    internal override IEnumerable<Widget> References => [_layout, _style];

    internal override void OnCustom(JsonNode? content)
    {
        if (content?["event"]?.GetValue<string>() != "click" || Hub is not { } hub)
            return;
        // Cada pulsación cuenta: una clave nueva por pulsación, nada se junta.
        foreach (var (action, output) in Handlers())
            hub.Schedule(new object(), output is null ? action : () => output.Capture(action));
    }

    private List<(Action Action, OutputArea? Output)> Handlers()
    {
        lock (_gate)
            return [.. _handlers];
    }

    private protected override void WriteState(JsonObject state)
    {
        state["_dom_classes"] = new JsonArray();
        state["button_style"] = "";
        state["description"] = Description;
        state["disabled"] = false;
        state["icon"] = "";
        state["layout"] = WidgetProtocol.Reference(_layout);
        state["style"] = WidgetProtocol.Reference(_style);
        state["tabbable"] = null;
        state["tooltip"] = null;
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Description}]";
}
