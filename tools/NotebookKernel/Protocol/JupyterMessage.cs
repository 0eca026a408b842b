using System.Globalization;
using System.Text.Json.Nodes;

namespace NotebookKernel.Protocol;

/// <summary>
/// Un mensaje del protocolo de Jupyter ya separado en sus partes. Las partes JSON se guardan como
/// <see cref="JsonObject"/> para devolver la cabecera del padre tal como llegó, con los campos que no conocemos.
/// <c>Identities</c> son los marcos de enrutado de ZeroMQ que preceden al delimitador (en iopub, el tema).
/// </summary>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers
)
{
    /// <summary>La versión del protocolo que habla este kernel.</summary>
    public const string ProtocolVersion = "5.3";

    /// <summary><c>header.msg_type</c>, p. ej. <c>execute_request</c>.</summary>
    public string MessageType => Header["msg_type"]?.GetValue<string>() ?? "";

    /// <summary><c>header.msg_id</c>.</summary>
    public string MessageId => Header["msg_id"]?.GetValue<string>() ?? "";

    /// <summary>
    /// Un mensaje nuevo de este kernel. Si responde a <paramref name="parent"/>, lleva su cabecera como
    /// <c>parent_header</c> y, en los sockets ROUTER, sus identidades para que ZeroMQ lo entregue a quien preguntó.
    /// </summary>
    public static JupyterMessage Create(string messageType, JsonObject content, JupyterMessage? parent, string session)
    {
        var header = new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString("N"),
            ["session"] = session,
            ["username"] = "kernel",
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ["msg_type"] = messageType,
            ["version"] = ProtocolVersion,
        };
        return new JupyterMessage(
            parent?.Identities ?? [],
            header,
            parent is null ? [] : (JsonObject)parent.Header.DeepClone(),
            [],
            content,
            []
        );
    }
}
