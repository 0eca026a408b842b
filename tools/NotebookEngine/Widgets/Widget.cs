using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>
/// Un control de Jupyter (un widget de ipywidgets 8) del lado del kernel: su estado, que se copia al cliente por un
/// comm, y lo que hace cuando el cliente lo cambia. Se muestra como cualquier valor (última línea de la celda o
/// <c>display(control)</c>): con un cliente vivo, como control de verdad; sin él (el ejecutor de cuadernos, el libro,
/// GitHub), con su respaldo estático.
/// </summary>
public abstract class Widget
{
    private readonly string _modelName;
    private readonly string _viewName;
    private readonly string _module;
    private readonly string _moduleVersion;
    private readonly string? _viewModule;

    private protected Widget(
        string modelName,
        string viewName,
        string module = WidgetProtocol.Controls,
        string moduleVersion = WidgetProtocol.ModuleVersion,
        string? viewModule = null
    )
    {
        _modelName = modelName;
        _viewName = viewName;
        _module = module;
        _moduleVersion = moduleVersion;
        _viewModule = viewModule;
    }

    /// <summary>El identificador del modelo, que es el de su comm.</summary>
    public string Id { get; } = Guid.NewGuid().ToString("N");

    /// <summary>El enlace con el cliente, desde que el control se muestra con uno conectado.</summary>
    internal WidgetHub? Hub { get; private set; }

    /// <summary>Los controles que este cita en su estado (disposición, estilo, hijos): se abren antes que él.</summary>
    internal virtual IEnumerable<Widget> References => [];

    /// <summary>El estado completo, en el formato de ipywidgets 8.</summary>
    internal JsonObject State()
    {
        var state = new JsonObject
        {
            ["_model_module"] = _module,
            ["_model_module_version"] = _moduleVersion,
            ["_model_name"] = _modelName,
            ["_view_module"] = _viewModule ?? _module,
            ["_view_module_version"] = _moduleVersion,
            ["_view_name"] = _viewName,
        };
        WriteState(state);
        return state;
    }

    /// <summary>Escribe en <paramref name="state"/> los atributos propios del control.</summary>
    private protected abstract void WriteState(JsonObject state);

    /// <summary>
    /// Aplica un cambio que hizo el cliente (<c>update</c>) y devuelve las claves que aceptó; quien llama avisa después
    /// a los interesados con <see cref="NotifyFrontEndChange"/> (tras el eco, para que llegue antes que sus efectos).
    /// </summary>
    internal virtual IEnumerable<string> ApplyFromFrontEnd(JsonObject state) => [];

    /// <summary>Pone en marcha lo que depende del valor que acaba de cambiar el cliente.</summary>
    internal virtual void NotifyFrontEndChange() { }

    /// <summary>Un mensaje propio del control (<c>custom</c>), como el clic de un botón.</summary>
    internal virtual void OnCustom(JsonNode? content) { }

    /// <summary>
    /// Las representaciones que se muestran en lugar del control donde no hay un cliente que lo dibuje; por defecto,
    /// su texto (<see cref="object.ToString"/>).
    /// </summary>
    internal virtual IReadOnlyDictionary<string, JsonNode> StaticBundle(Formatting.ValueFormatter formatter) =>
        new Dictionary<string, JsonNode> { [Formatting.ValueFormatter.PlainTextMime] = ToString() ?? "" };

    internal void AttachTo(WidgetHub hub) => Hub = hub;

    /// <summary>
    /// Cierra el control (<c>comm_close</c>): el cliente lo quita de donde se mostraba y ya no avisa de cambios. Los
    /// controles que cita (disposición, hijos) siguen abiertos.
    /// </summary>
    public void Close() => Hub?.Close(this);

    /// <summary>Envía al cliente, si lo hay, los atributos que cambiaron.</summary>
    private protected void Changed(JsonObject changes) => Hub?.SendState(this, changes);
}
