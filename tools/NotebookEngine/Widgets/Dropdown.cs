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
            throw WidgetArgumentException.Create(
                nameof(options),
                $"repite opciones ({string.Join(", ", _options)})",
                "cada opción una sola vez"
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
            throw WidgetArgumentException.Create(
                nameof(options),
                options is null ? "es null" : "está vacía",
                "al menos una opción"
            );
        return options[0];
    }

    private protected override string Accept(string value, string argument) =>
        Array.IndexOf(_options, value) >= 0
            ? value
            : throw WidgetArgumentException.Create(
                argument,
                $"vale «{value}»",
                $"una de las opciones del desplegable: {string.Join(", ", _options)}"
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
