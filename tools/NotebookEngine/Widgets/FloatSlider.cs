using System.Globalization;
using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>Un deslizador de números reales (<c>FloatSlider</c> de ipywidgets) entre <see cref="Slider{T}.Min"/> y <see cref="Slider{T}.Max"/>.</summary>
public sealed class FloatSlider : Slider<double>
{
    /// <summary>Un deslizador de <paramref name="min"/> a <paramref name="max"/> en pasos de <paramref name="step"/>.</summary>
    /// <param name="description">El texto a su izquierda, p. ej. <c>"w"</c>.</param>
    /// <param name="min">El valor más pequeño.</param>
    /// <param name="max">El más grande; mayor que <paramref name="min"/>.</param>
    /// <param name="step">El paso; mayor que 0.</param>
    /// <param name="value">El valor inicial, entre los dos extremos; por defecto <paramref name="min"/>.</param>
    public FloatSlider(string description, double min, double max, double step = 0.1, double? value = null)
        : base("FloatSliderModel", "FloatSliderView", description, min, max, step, value) { }

    private protected override string ReadoutFormat => $".{SliderRange.Decimals(Step)}f";

    private protected override bool TryRead(JsonObject state, out double value) =>
        WidgetProtocol.TryNumber(state["value"], out value);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Description} = {Value.ToString($"F{SliderRange.Decimals(Step)}", CultureInfo.InvariantCulture)}";
}
