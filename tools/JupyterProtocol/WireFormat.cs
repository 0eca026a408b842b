using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JupyterProtocol;

/// <summary>
/// Los marcos ZeroMQ de un mensaje de Jupyter: identidades, <c>&lt;IDS|MSG&gt;</c>, firma, header, parent_header,
/// metadata, content y los búferes binarios que haya.
/// </summary>
public static class WireFormat
{
    /// <summary>El marco que separa las identidades de enrutado del mensaje.</summary>
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    // Sin escapar acentos ni eñes: los mensajes en español se leen igual en el registro y ocupan menos.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Los marcos listos para enviar, con la firma calculada sobre exactamente los bytes que salen.</summary>
    public static List<byte[]> Encode(JupyterMessage message, MessageSigner signer)
    {
        var header = ToBytes(message.Header);
        var parent = ToBytes(message.ParentHeader);
        var metadata = ToBytes(message.Metadata);
        var content = ToBytes(message.Content);
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(header, parent, metadata, content)));
        frames.Add(header);
        frames.Add(parent);
        frames.Add(metadata);
        frames.Add(content);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Separa y comprueba los marcos recibidos.</summary>
    /// <exception cref="RejectedMessageException">Faltan marcos, la firma no corresponde o alguna parte no es un objeto JSON.</exception>
    public static JupyterMessage Decode(IReadOnlyList<byte[]> frames, MessageSigner signer)
    {
        int delimiter = -1;
        for (int i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0)
            throw new RejectedMessageException(
                $"mensaje mal formado: {frames.Count} marcos y ninguno es el delimitador <IDS|MSG>."
            );
        if (frames.Count - delimiter - 1 < 5)
            throw new RejectedMessageException(
                $"mensaje mal formado: tras <IDS|MSG> hacen falta 5 marcos (firma, header, parent_header, metadata, content) pero hay {frames.Count - delimiter - 1}."
            );

        var signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        var header = frames[delimiter + 2];
        var parent = frames[delimiter + 3];
        var metadata = frames[delimiter + 4];
        var content = frames[delimiter + 5];
        if (!signer.Verify(signature, header, parent, metadata, content))
            throw new RejectedMessageException(
                "firma HMAC no válida: el mensaje no viene de quien tiene la clave del fichero de conexión."
            );

        var message = new JupyterMessage(
            frames.Take(delimiter).ToArray(),
            ParseObject(header, "header"),
            ParseObject(parent, "parent_header"),
            ParseObject(metadata, "metadata"),
            ParseObject(content, "content"),
            frames.Skip(delimiter + 6).ToArray()
        );
        if (message.MessageType.Length == 0)
            throw new RejectedMessageException("mensaje mal formado: la cabecera no tiene msg_type.");
        return message;
    }

    private static byte[] ToBytes(JsonObject json) => JsonSerializer.SerializeToUtf8Bytes(json, JsonOptions);

    private static JsonObject ParseObject(byte[] frame, string part)
    {
        try
        {
            return JsonNode.Parse(frame) as JsonObject
                ?? throw new RejectedMessageException($"mensaje mal formado: {part} no es un objeto JSON.");
        }
        catch (JsonException e)
        {
            throw new RejectedMessageException($"mensaje mal formado: {part} no es JSON válido ({e.Message}).");
        }
    }
}
