using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>Los nombres y versiones del protocolo de widgets de Jupyter que habla el motor (el de ipywidgets 8).</summary>
public static class WidgetProtocol
{
    /// <summary>El destino de los comms de cada control.</summary>
    public const string Target = "jupyter.widget";

    /// <summary>El destino del comm por el que el cliente pide el estado de todos los controles a la vez.</summary>
    public const string ControlTarget = "jupyter.widget.control";

    /// <summary>La versión del protocolo de mensajes (<c>metadata.version</c> de cada <c>comm_open</c>).</summary>
    public const string Version = "2.1.0";

    /// <summary>El tipo MIME con que se muestra un control.</summary>
    public const string ViewMime = "application/vnd.jupyter.widget-view+json";

    /// <summary>Módulo y versión de los modelos de los controles de ipywidgets 8.</summary>
    internal const string Controls = "@jupyter-widgets/controls";

    /// <summary>Módulo base (Layout, vistas de estilo).</summary>
    internal const string Base = "@jupyter-widgets/base";

    /// <summary>Módulo del área de salida.</summary>
    internal const string Output = "@jupyter-widgets/output";

    internal const string ModuleVersion = "2.0.0";
    internal const string OutputModuleVersion = "1.0.0";

    /// <summary>Cómo se cita un control dentro del estado de otro (<c>children</c>, <c>layout</c>, <c>style</c>).</summary>
    internal static string Reference(Widget widget) => "IPY_MODEL_" + widget.Id;

    /// <summary>Un número del estado, venga del cable (JSON leído) o construido en memoria como entero o real.</summary>
    internal static bool TryNumber(JsonNode? node, out double number)
    {
        number = 0;
        if (node is not JsonValue value)
            return false;
        if (value.TryGetValue(out number))
            return true;
        if (value.TryGetValue(out long integer))
        {
            number = integer;
            return true;
        }
        if (value.TryGetValue(out int small))
        {
            number = small;
            return true;
        }
        return false;
    }
}
