using System.Globalization;
using System.Text.Json.Nodes;

namespace JupyterProtocol;

/// <summary>
/// Un mensaje del protocolo de Jupyter ya separado en sus partes. Las partes JSON se guardan como
/// <see cref="JsonObject"/> para devolver la cabecera del padre tal como llegó, con los campos que no conocemos.
/// <c>Identities</c> son los marcos de enrutado de ZeroMQ que preceden al delimitador (en iopub, el tema).
/// </summary>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers
)
{
    /// <summary>La versión del protocolo que habla este kernel.</summary>
    public const string ProtocolVersion = "5.5";

    /// <summary><c>header.msg_type</c>, p. ej. <c>execute_request</c>.</summary>
    public string MessageType => Header["msg_type"]?.GetValue<string>() ?? "";

    /// <summary><c>header.msg_id</c>.</summary>
    public string MessageId => Header["msg_id"]?.GetValue<string>() ?? "";

    /// <summary>El <c>msg_id</c> de la petición a la que responde (<c>parent_header.msg_id</c>), o <c>null</c>.</summary>
    public string? ParentId => ParentHeader["msg_id"] is JsonValue id && id.TryGetValue(out string? text) ? text : null;

    /// <summary>Cuándo se creó, según <c>header.date</c> de quien lo envió; <c>null</c> si no lo dice o no se entiende.</summary>
    public DateTimeOffset? Date =>
        Header["date"] is JsonValue date
        && date.TryGetValue(out string? text)
        && DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var parsed
        )
            ? parsed
            : null;

    /// <summary>
    /// Un mensaje nuevo. Si responde a <paramref name="parent"/>, lleva su cabecera como <c>parent_header</c> y, en
    /// los sockets ROUTER, sus identidades para que ZeroMQ lo entregue a quien preguntó.
    /// </summary>
    public static JupyterMessage Create(
        string messageType,
        JsonObject content,
        JupyterMessage? parent,
        string session,
        string username = "kernel"
    )
    {
        var header = new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString("N"),
            ["session"] = session,
            ["username"] = username,
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
