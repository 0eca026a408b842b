namespace JupyterProtocol;

/// <summary>Un mensaje que el kernel no acepta: mal formado o con una firma que no corresponde a la clave.</summary>
public sealed class RejectedMessageException(string message) : Exception(message);
