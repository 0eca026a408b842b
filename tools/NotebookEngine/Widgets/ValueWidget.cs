using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>
/// Un control con un valor que el usuario cambia (deslizador, desplegable, casilla): <see cref="Value"/> se lee desde
/// C# en cualquier momento, y <see cref="OnChange"/> dice qué hacer cuando cambia.
/// </summary>
/// <typeparam name="T">El tipo del valor.</typeparam>
public abstract class ValueWidget<T> : Widget, IValueSource
{
    private readonly Lock _gate = new();
    private readonly List<Listener> _listeners = [];
    private readonly WidgetPart _layout = WidgetPart.Layout();
    private readonly WidgetPart _style;
    private T _value;

    private protected ValueWidget(string modelName, string viewName, string styleModel, string description, T value)
        : base(modelName, viewName)
    {
        Description = description ?? "";
        _style = WidgetPart.Style(styleModel);
        _value = value;
    }

    /// <summary>El texto que acompaña al control.</summary>
    public string Description { get; }

    /// <summary>El valor actual. Cambiarlo desde C# mueve también el control en el cliente.</summary>
    public T Value
    {
        get
        {
            lock (_gate)
                return _value;
        }
        set
        {
            var accepted = Accept(value, nameof(Value));
            lock (_gate)
                _value = accepted;
            Changed(ValueState(accepted));
            Notify(fromFrontEnd: false);
        }
    }

    /// <summary>
    /// Llama a <paramref name="handler"/> con el valor nuevo cada vez que cambia. Si el cambio viene del cliente, se
    /// ejecuta entre celdas (nunca a la vez que una) y, si los cambios llegan más deprisa de lo que tarda, solo con el
    /// último. Lo que escribe va a <paramref name="output"/>, si se da.
    /// </summary>
    public void OnChange(Action<T> handler, OutputArea? output = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var listener = new Listener(() => handler(Value), output);
        lock (_gate)
            _listeners.Add(listener);
    }

    void IValueSource.OnChange(object key, Action action, OutputArea? output)
    {
        lock (_gate)
            _listeners.Add(new Listener(action, output, key));
    }

    internal override IEnumerable<Widget> References => [_layout, _style];

    /// <summary>El valor comprobado (y ajustado, si procede); un valor imposible lanza un error en español.</summary>
    private protected abstract T Accept(T value, string argument);

    /// <summary>El atributo del estado que lleva el valor (casi siempre <c>value</c>).</summary>
    private protected abstract JsonObject ValueState(T value);

    /// <summary>El valor que manda el cliente en <paramref name="state"/>, si lo manda y se entiende.</summary>
    private protected abstract bool TryRead(JsonObject state, out T value);

    /// <summary>Los atributos propios del control, aparte del valor y lo común.</summary>
    private protected abstract void WriteAttributes(JsonObject state);

    private protected sealed override void WriteState(JsonObject state)
    {
        state["_dom_classes"] = new JsonArray();
        state["description"] = Description;
        state["description_allow_html"] = false;
        state["disabled"] = false;
        state["layout"] = WidgetProtocol.Reference(_layout);
        state["style"] = WidgetProtocol.Reference(_style);
        state["tabbable"] = null;
        state["tooltip"] = null;
        WriteAttributes(state);
        foreach (var (name, value) in ValueState(Value))
            state[name] = value?.DeepClone();
    }

    internal sealed override IEnumerable<string> ApplyFromFrontEnd(JsonObject state)
    {
        if (!TryRead(state, out var received))
            return [];
        T accepted;
        try
        {
            accepted = Accept(received, nameof(Value));
        }
        catch (ArgumentException)
        {
            return []; // un valor fuera de rango no se acepta; el eco devolverá el que sigue valiendo
        }
        lock (_gate)
            _value = accepted;
        return ValueState(accepted).Select(pair => pair.Key).ToList();
    }

    internal sealed override void NotifyFrontEndChange() => Notify(fromFrontEnd: true);

    // Desde C# (una celda o la función de otro control), en el acto; desde el cliente, por turno entre celdas.
    private void Notify(bool fromFrontEnd)
    {
        List<Listener> listeners;
        lock (_gate)
            listeners = [.. _listeners];
        foreach (var listener in listeners)
        {
            Action run = listener.Output is { } output ? () => output.Capture(listener.Action) : listener.Action;
            if (fromFrontEnd && Hub is { } hub)
                hub.Schedule(listener.Key ?? listener, run);
            else
                run();
        }
    }

    private sealed record Listener(Action Action, OutputArea? Output, object? Key = null);
}
