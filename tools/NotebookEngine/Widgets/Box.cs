using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>Una columna de controles (<c>VBox</c> de ipywidgets), o una fila si <c>horizontal</c>.</summary>
public class Box : Widget
{
    private readonly Widget[] _children;
    private readonly WidgetPart _layout = WidgetPart.Layout();

    /// <summary>Una columna con <paramref name="children"/>, de arriba abajo.</summary>
    public Box(params Widget[] children)
        : this(horizontal: false, children) { }

    /// <summary>Una fila (<paramref name="horizontal"/>) o una columna con <paramref name="children"/>.</summary>
    public Box(bool horizontal, params Widget[] children)
        : base(horizontal ? "HBoxModel" : "VBoxModel", horizontal ? "HBoxView" : "VBoxView")
    {
        if (children is null)
            throw WidgetArgumentException.Create(nameof(children), "es null", "una lista de controles");
        if (Array.IndexOf(children, null) is var missing and >= 0)
            throw WidgetArgumentException.Create($"children[{missing}]", "es null", "un control", nameof(children));
        _children = [.. children];
    }

    /// <summary>Los controles de la caja, en orden.</summary>
    public IReadOnlyList<Widget> Children => _children;

    internal override IEnumerable<Widget> References => [_layout, .. _children];

    private protected override void WriteState(JsonObject state)
    {
        state["_dom_classes"] = new JsonArray();
        state["box_style"] = "";
        state["children"] = new JsonArray([.. _children.Select(c => (JsonNode?)WidgetProtocol.Reference(c))]);
        state["layout"] = WidgetProtocol.Reference(_layout);
        state["tabbable"] = null;
        state["tooltip"] = null;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join("\n", _children.Select(c => c.ToString()));
}
