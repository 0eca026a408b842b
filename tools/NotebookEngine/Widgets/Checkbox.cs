using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>Una casilla (<c>Checkbox</c> de ipywidgets): sí o no.</summary>
/// <param name="description">El texto a su derecha.</param>
/// <param name="value">Si empieza marcada.</param>
public sealed class Checkbox(string description, bool value = false)
    : ValueWidget<bool>("CheckboxModel", "CheckboxView", "CheckboxStyleModel", description, value)
{
    private protected override bool Accept(bool value, string argument) => value;

    private protected override JsonObject ValueState(bool value) => new() { ["value"] = value };

    private protected override bool TryRead(JsonObject state, out bool value)
    {
        value = false;
        return state["value"] is JsonValue node && node.TryGetValue(out value);
    }

    private protected override void WriteAttributes(JsonObject state) => state["indent"] = true;

    /// <inheritdoc />
    public override string ToString() => $"{Description}: {(Value ? "sí" : "no")}";
}
