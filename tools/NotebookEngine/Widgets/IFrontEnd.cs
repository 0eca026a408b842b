using System.Text.Json.Nodes;

namespace NotebookEngine.Widgets;

/// <summary>
/// Lo que los controles necesitan de un cliente vivo (el kernel lo da; sin él, los controles se muestran con su
/// respaldo estático): abrir, usar y cerrar comms, y publicar lo que escriben las funciones de los controles que no
/// tienen un área de salida.
/// </summary>
public interface IFrontEnd
{
    /// <summary><c>comm_open</c> hacia el cliente.</summary>
    void OpenComm(string commId, string targetName, JsonObject data, JsonObject metadata);

    /// <summary><c>comm_msg</c> hacia el cliente.</summary>
    void SendComm(string commId, JsonObject data);

    /// <summary><c>comm_close</c> hacia el cliente.</summary>
    void CloseComm(string commId);

    /// <summary>Una salida de una función de un control sin área de salida (consola, errores).</summary>
    void Publish(CellOutput output);
}
