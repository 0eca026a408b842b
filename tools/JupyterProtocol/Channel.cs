namespace JupyterProtocol;

/// <summary>Los sockets del protocolo por los que viajan mensajes firmados (el latido va aparte).</summary>
public enum Channel
{
    /// <summary>Peticiones del cliente: ejecutar, completar, inspeccionar...</summary>
    Shell,

    /// <summary>Las mismas peticiones con prioridad: interrumpir, apagar, kernel_info.</summary>
    Control,

    /// <summary>Difusión a todos los clientes: estado, salidas de las celdas.</summary>
    IOPub,

    /// <summary>Lectura de la entrada estándar desde el cliente (este kernel no la pide).</summary>
    Stdin,
}
