using System.Globalization;
using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>Un deslizador de números reales (<c>FloatSlider</c> de ipywidgets) entre <see cref="Min"/> y <see cref="Max"/>.</summary>
public sealed class FloatSlider : ValueWidget<double>
{
    /// <summary>Un deslizador de <paramref name="min"/> a <paramref name="max"/> en pasos de <paramref name="step"/>.</summary>
    /// <param name="description">El texto a su izquierda, p. ej. <c>"w"</c>.</param>
    /// <param name="min">El valor más pequeño.</param>
    /// <param name="max">El más grande; mayor que <paramref name="min"/>.</param>
    /// <param name="step">El paso; mayor que 0.</param>
    /// <param name="value">El valor inicial, entre los dos extremos; por defecto <paramref name="min"/>.</param>
    public FloatSlider(string description, double min, double max, double step = 0.1, double? value = null)
        : base("FloatSliderModel", "FloatSliderView", "SliderStyleModel", description, min)
    {
        SliderRange.Check(min, max, step);
        Min = min;
        Max = max;
        Step = step;
        if (value is { } initial)
            Value = initial;
    }

    /// <summary>El valor más pequeño.</summary>
    public double Min { get; }

    /// <summary>El más grande.</summary>
    public double Max { get; }

    /// <summary>El paso del deslizador.</summary>
    public double Step { get; }

    private protected override double Accept(double value, string argument) =>
        SliderRange.Accept(value, Min, Max, argument);

    private protected override JsonObject ValueState(double value) => new() { ["value"] = value };

    private protected override bool TryRead(JsonObject state, out double value)
    {
        return WidgetProtocol.TryNumber(state["value"], out value);
    }

    private protected override void WriteAttributes(JsonObject state)
    {
        state["behavior"] = "drag-tap";
        state["continuous_update"] = true;
        state["max"] = Max;
        state["min"] = Min;
        state["orientation"] = "horizontal";
        state["readout"] = true;
        state["readout_format"] = $".{SliderRange.Decimals(Step)}f";
        state["step"] = Step;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Description} = {Value.ToString($"F{SliderRange.Decimals(Step)}", CultureInfo.InvariantCulture)}";
}
