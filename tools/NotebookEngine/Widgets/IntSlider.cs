using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>Un deslizador de enteros (<c>IntSlider</c> de ipywidgets) entre <see cref="Slider{T}.Min"/> y <see cref="Slider{T}.Max"/>.</summary>
public sealed class IntSlider : Slider<int>
{
    /// <summary>Un deslizador de <paramref name="min"/> a <paramref name="max"/> en pasos de <paramref name="step"/>.</summary>
    /// <param name="description">El texto a su izquierda, p. ej. <c>"pasos"</c>.</param>
    /// <param name="min">El valor más pequeño.</param>
    /// <param name="max">El más grande; mayor que <paramref name="min"/>.</param>
    /// <param name="step">El paso; mayor que 0.</param>
    /// <param name="value">El valor inicial, entre los dos extremos; por defecto <paramref name="min"/>.</param>
    public IntSlider(string description, int min, int max, int step = 1, int? value = null)
        : base("IntSliderModel", "IntSliderView", description, min, max, step, value) { }

    private protected override string ReadoutFormat => "d";

    // Del cliente llega un número JSON: solo vale si es entero y cabe en un int.
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

    /// <inheritdoc />
    public override string ToString() => $"{Description} = {Value}";
}
