using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>Un deslizador de enteros (<c>IntSlider</c> de ipywidgets) entre <see cref="Min"/> y <see cref="Max"/>.</summary>
public sealed class IntSlider : ValueWidget<int>
{
    /// <summary>Un deslizador de <paramref name="min"/> a <paramref name="max"/> en pasos de <paramref name="step"/>.</summary>
    /// <param name="description">El texto a su izquierda, p. ej. <c>"pasos"</c>.</param>
    /// <param name="min">El valor más pequeño.</param>
    /// <param name="max">El más grande; mayor que <paramref name="min"/>.</param>
    /// <param name="step">El paso; mayor que 0.</param>
    /// <param name="value">El valor inicial, entre los dos extremos; por defecto <paramref name="min"/>.</param>
    public IntSlider(string description, int min, int max, int step = 1, int? value = null)
        : base("IntSliderModel", "IntSliderView", "SliderStyleModel", description, min)
    {
        SliderRange.Check(min, max, step);
        Min = min;
        Max = max;
        Step = step;
        if (value is { } initial)
            Value = initial;
    }

    /// <summary>El valor más pequeño.</summary>
    public int Min { get; }

    /// <summary>El más grande.</summary>
    public int Max { get; }

    /// <summary>El paso del deslizador.</summary>
    public int Step { get; }

    private protected override int Accept(int value, string argument) =>
        (int)SliderRange.Accept(value, Min, Max, argument);

    private protected override JsonObject ValueState(int value) => new() { ["value"] = value };

    private protected override bool TryRead(JsonObject state, out int value)
    {
        value = 0;
        if (
            !WidgetProtocol.TryNumber(state["value"], out var number)
            || number % 1 != 0
            || Math.Abs(number) > int.MaxValue
        )
            return false;
        value = (int)number;
        return true;
    }

    private protected override void WriteAttributes(JsonObject state)
    {
        state["behavior"] = "drag-tap";
        state["continuous_update"] = true;
        state["max"] = Max;
        state["min"] = Min;
        state["orientation"] = "horizontal";
        state["readout"] = true;
        state["readout_format"] = "d";
        state["step"] = Step;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Description} = {Value}";
}
