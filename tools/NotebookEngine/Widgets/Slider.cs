using System.Numerics;
using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>
/// Lo común a <see cref="IntSlider"/> y <see cref="FloatSlider"/>: el rango, el paso y los atributos de un deslizador
/// horizontal de ipywidgets. Cada uno pone su modelo, cómo lee un número del cliente y cómo se escribe su valor.
/// </summary>
/// <typeparam name="T">El tipo del valor: <c>int</c> o <c>double</c>.</typeparam>
public abstract class Slider<T> : ValueWidget<T>
    where T : struct, INumber<T>
{
    private protected Slider(string model, string view, string description, T min, T max, T step, T? value)
        : base(model, view, "SliderStyleModel", description, min)
    {
        SliderRange.Check(double.CreateChecked(min), double.CreateChecked(max), double.CreateChecked(step));
        Min = min;
        Max = max;
        Step = step;
        if (value is { } initial)
            Value = initial;
    }

    /// <summary>El valor más pequeño.</summary>
    public T Min { get; }

    /// <summary>El más grande.</summary>
    public T Max { get; }

    /// <summary>El paso del deslizador.</summary>
    public T Step { get; }

    /// <summary>Cómo escribe el cliente el valor junto al deslizador (formato de d3, p. ej. <c>.1f</c>).</summary>
    private protected abstract string ReadoutFormat { get; }

    private protected override T Accept(T value, string argument)
    {
        SliderRange.Accept(double.CreateChecked(value), double.CreateChecked(Min), double.CreateChecked(Max), argument);
        return value;
    }

    private protected override JsonObject ValueState(T value) => new() { ["value"] = Number(value) };

    private protected override void WriteAttributes(JsonObject state)
    {
        state["behavior"] = "drag-tap";
        state["continuous_update"] = true;
        state["max"] = Number(Max);
        state["min"] = Number(Min);
        state["orientation"] = "horizontal";
        state["readout"] = true;
        state["readout_format"] = ReadoutFormat;
        state["step"] = Number(Step);
    }

    // Un int se envía como entero y un double como número real, como los manda ipywidgets.
    private static JsonNode Number(T value) =>
        typeof(T) == typeof(int)
            ? JsonValue.Create(int.CreateChecked(value))
            : JsonValue.Create(double.CreateChecked(value));
}
