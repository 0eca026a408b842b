using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>
/// Un modelo auxiliar que ipywidgets 8 crea con cada control: su disposición (<c>LayoutModel</c>) o su estilo
/// (<c>SliderStyleModel</c>, <c>DescriptionStyleModel</c>...), con los valores por defecto.
/// </summary>
internal sealed class WidgetPart : Widget
{
    private readonly JsonObject _attributes;

    private WidgetPart(string modelName, string viewName, string module, string viewModule, JsonObject attributes)
        : base(modelName, viewName, module, WidgetProtocol.ModuleVersion, viewModule) => _attributes = attributes;

    /// <summary>Una disposición vacía (todo por defecto), con un ancho si se da.</summary>
    public static WidgetPart Layout(string? width = null) =>
        new(
            "LayoutModel",
            "LayoutView",
            WidgetProtocol.Base,
            WidgetProtocol.Base,
            width is null ? [] : new JsonObject { ["width"] = width }
        );

    /// <summary>Un estilo de <paramref name="modelName"/> con el ancho de la descripción por defecto.</summary>
    public static WidgetPart Style(string modelName, JsonObject? attributes = null)
    {
        attributes ??= [];
        attributes["description_width"] ??= "";
        return new(modelName, "StyleView", WidgetProtocol.Controls, WidgetProtocol.Base, attributes);
    }

    private protected override void WriteState(JsonObject state)
    {
        foreach (var (name, value) in _attributes)
            state[name] = value?.DeepClone();
    }
}
