using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>Un desplegable (<c>Dropdown</c> de ipywidgets): uno de varios textos.</summary>
public sealed class Dropdown : ValueWidget<string>
{
    private readonly string[] _options;

    /// <summary>Un desplegable con <paramref name="options"/>.</summary>
    /// <param name="description">El texto a su izquierda.</param>
    /// <param name="options">Las opciones, al menos una y sin repetir.</param>
    /// <param name="value">La opción inicial; por defecto la primera.</param>
    public Dropdown(string description, IReadOnlyList<string> options, string? value = null)
        : base("DropdownModel", "DropdownView", "DescriptionStyleModel", description, FirstOf(options))
    {
        _options = [.. options];
        if (_options.Distinct(StringComparer.Ordinal).Count() != _options.Length)
            throw new WidgetArgumentException(
                $"options no puede repetir opciones, pero trae: {string.Join(", ", _options)}.",
                nameof(options)
            );
        if (value is not null)
            Value = value;
    }

    /// <summary>Las opciones, en orden.</summary>
    public IReadOnlyList<string> Options => _options;

    /// <summary>La posición de la opción elegida en <see cref="Options"/>.</summary>
    public int Index => Array.IndexOf(_options, Value);

    private static string FirstOf(IReadOnlyList<string> options)
    {
        if (options is null || options.Count == 0)
            throw new WidgetArgumentException(
                "options debe traer al menos una opción, pero está vacía.",
                nameof(options)
            );
        return options[0];
    }

    private protected override string Accept(string value, string argument) =>
        Array.IndexOf(_options, value) >= 0
            ? value
            : throw new WidgetArgumentException(
                $"El desplegable no tiene la opción «{value}»; sus opciones son: {string.Join(", ", _options)}.",
                argument
            );

    // ipywidgets 8 sincroniza la posición (index), no el texto.
    private protected override JsonObject ValueState(string value) =>
        new() { ["index"] = Array.IndexOf(_options, value) };

    private protected override bool TryRead(JsonObject state, out string value)
    {
        value = "";
        if (
            state["index"] is not JsonValue node
            || !node.TryGetValue(out int index)
            || index < 0
            || index >= _options.Length
        )
            return false;
        value = _options[index];
        return true;
    }

    private protected override void WriteAttributes(JsonObject state) =>
        state["_options_labels"] = new JsonArray([.. _options.Select(o => (JsonNode?)o)]);

    /// <inheritdoc />
    public override string ToString() => $"{Description} = {Value}";
}
