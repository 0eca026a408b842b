using System.Text.Json.Nodes;
using NotebookEngine.Formatting;
using NotebookEngine.Scripting;

namespace NotebookEngine.Widgets;

/// <summary>
/// Lo que devuelve <c>Interact(función, controles...)</c>, como <c>interact</c> de ipywidgets: los controles y, debajo,
/// un área de salida con lo que da la función (un gráfico, un texto). Cada vez que el usuario mueve un control la
/// función se vuelve a ejecutar con los valores nuevos; si los cambios llegan más deprisa de lo que tarda, gana el
/// último (se calcula una vez más al acabar, con los valores de ese momento, y los intermedios se saltan).
/// </summary>
/// <remarks>
/// Sin un cliente que dibuje controles (el ejecutor de cuadernos, el libro, GitHub) se ve su respaldo estático: el
/// que se dé con <see cref="WithFallback"/> o, si no, lo que dio la función con los valores iniciales.
/// </remarks>
public sealed class Interaction : Box
{
    private readonly Func<object?> _function;
    private object? _fallback;
    private bool _hasFallback;

    internal Interaction(Func<object?> function, Widget[] controls)
        : this(function, controls, new OutputArea()) { }

    private Interaction(Func<object?> function, Widget[] controls, OutputArea output)
        : base(horizontal: false, [.. controls, output])
    {
        _function = function;
        Output = output;
        foreach (var control in controls.OfType<IValueSource>())
            control.OnChange(this, Recompute, output: null);
        Recompute();
    }

    /// <summary>El área donde aparece lo que da la función.</summary>
    public OutputArea Output { get; }

    /// <summary>
    /// Lo que se muestra donde no hay controles (el libro, GitHub): por ejemplo, un gráfico con los deslizadores de
    /// Plotly ya calculados. Devuelve esta misma interacción, para escribirlo en la misma línea.
    /// </summary>
    public Interaction WithFallback(object? fallback)
    {
        _fallback = fallback;
        _hasFallback = true;
        return this;
    }

    // La salida anterior sigue a la vista hasta que llega la nueva.
    private void Recompute() =>
        Output.Replace(() =>
        {
            if (_function() is { } result)
                NotebookFunctions.display(result);
        });

    /// <summary>Los valores de los controles, uno por línea (sin lo que haya en el área de salida).</summary>
    public override string ToString() => string.Join("\n", Children.Where(c => c != Output).Select(c => c.ToString()));

    internal override IReadOnlyDictionary<string, JsonNode> StaticBundle(ValueFormatter formatter)
    {
        if (_hasFallback)
            return formatter.Format(_fallback, mimeTypes: null, isResult: false);
        if (Output.Outputs.LastOrDefault(o => o is DisplayOutput) is DisplayOutput shown)
            return shown.Data;
        return base.StaticBundle(formatter);
    }
}
