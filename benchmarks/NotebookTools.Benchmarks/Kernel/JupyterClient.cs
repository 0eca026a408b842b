using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// Lo mínimo de un cliente de Jupyter para medir el kernel: shell, control e iopub sobre NetMQ, mensajes firmados
/// con HMAC-SHA256 (protocolo 5.3) y esperas con tiempo máximo. Escrito aquí y no tomado del kernel para medirlo
/// desde fuera, como lo ve un cliente (y porque las clases del kernel son internas).
/// </summary>
public sealed class JupyterClient : IDisposable
{
    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    private readonly byte[] _key;
    private readonly string _session = Guid.NewGuid().ToString("N");
    private readonly DealerSocket _shell = new();
    private readonly DealerSocket _control = new();
    private readonly SubscriberSocket _iopub = new();

    /// <summary>Conecta los sockets. ZeroMQ deja conectar antes de que el kernel escuche: los mensajes esperan en cola.</summary>
    public JupyterClient(KernelConnection connection)
    {
        _key = Encoding.UTF8.GetBytes(connection.Key);
        foreach (var socket in new NetMQSocket[] { _shell, _control, _iopub })
        {
            socket.Options.Linger = TimeSpan.Zero;
            // Reintenta la conexión cada 10 ms (no cada 100): la espera del cliente no debe contar como arranque.
            socket.Options.ReconnectInterval = TimeSpan.FromMilliseconds(10);
        }
        _shell.Connect(connection.Address(connection.ShellPort));
        _control.Connect(connection.Address(connection.ControlPort));
        _iopub.SubscribeToAnyTopic();
        _iopub.Connect(connection.Address(connection.IOPubPort));
    }

    /// <summary>Envía una petición por shell y devuelve su <c>msg_id</c>.</summary>
    public string SendShell(string messageType, JsonObject content) => Send(_shell, messageType, content);

    /// <summary>Envía una petición por control y devuelve su <c>msg_id</c>.</summary>
    public string SendControl(string messageType, JsonObject content) => Send(_control, messageType, content);

    /// <summary>La respuesta de shell a <paramref name="requestId"/> (descarta las de otras peticiones).</summary>
    public JsonObject ShellReply(string requestId, string replyType, TimeSpan timeout) =>
        Receive(_shell, requestId, replyType, null, timeout);

    /// <summary>La respuesta de control a <paramref name="requestId"/>.</summary>
    public JsonObject ControlReply(string requestId, string replyType, TimeSpan timeout) =>
        Receive(_control, requestId, replyType, null, timeout);

    /// <summary>Espera el <c>status idle</c> que cierra la petición <paramref name="requestId"/> en iopub.</summary>
    public void WaitForIdle(string requestId, TimeSpan timeout) =>
        Receive(_iopub, requestId, "status", "idle", timeout);

    /// <summary>
    /// Espera a que la suscripción a iopub esté viva (ZeroMQ pierde lo publicado antes de que se conecte el
    /// suscriptor): repite <c>kernel_info_request</c> hasta ver en iopub su <c>status</c>.
    /// </summary>
    public void WaitForIOPub(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            var id = SendShell("kernel_info_request", []);
            ShellReply(id, "kernel_info_reply", timeout);
            if (TryReceive(_iopub, id, "status", null, TimeSpan.FromMilliseconds(200)) is not null)
                return;
        }
        throw new TimeoutException($"El canal iopub del kernel no entregó nada en {timeout.TotalSeconds} s.");
    }

    /// <summary>
    /// Ejecuta una celda y espera a <c>execute_reply</c> por shell y al <c>status idle</c> por iopub (para el cliente
    /// la celda ha terminado cuando llegan los dos). Si la celda no termina bien, lanza una excepción con la respuesta.
    /// </summary>
    public JsonObject Execute(string code, TimeSpan timeout)
    {
        var id = SendShell(
            "execute_request",
            new JsonObject
            {
                ["code"] = code,
                ["silent"] = false,
                ["store_history"] = true,
                ["user_expressions"] = new JsonObject(),
                ["allow_stdin"] = false,
                ["stop_on_error"] = true,
            }
        );
        var reply = ShellReply(id, "execute_reply", timeout);
        WaitForIdle(id, timeout);
        if ((string?)reply["status"] != "ok")
            throw new InvalidOperationException($"La celda «{code}» no terminó bien en el kernel: {reply}");
        return reply;
    }

    /// <summary>
    /// Pide el completado de <paramref name="code"/> con el cursor al final y espera <c>complete_reply</c>. Si no
    /// propone nada, lanza una excepción: una medida sin propuestas no mide el completado.
    /// </summary>
    public JsonObject Complete(string code, TimeSpan timeout)
    {
        // cursor_pos cuenta puntos de código; los prefijos medidos son ASCII, así que coincide con Length.
        var id = SendShell("complete_request", new JsonObject { ["code"] = code, ["cursor_pos"] = code.Length });
        var reply = ShellReply(id, "complete_reply", timeout);
        if (reply["matches"] is not JsonArray { Count: > 0 })
            throw new InvalidOperationException($"El completado de «{code}» no dio ninguna propuesta: {reply}");
        return reply;
    }

    /// <summary>Descarta lo que haya llegado a iopub sin leer (las medidas que no lo necesitan no lo leen).</summary>
    public void DrainIOPub()
    {
        var frames = new List<byte[]>();
        while (_iopub.TryReceiveMultipartBytes(TimeSpan.Zero, ref frames)) { }
    }

    private string Send(NetMQSocket socket, string messageType, JsonObject content)
    {
        var id = Guid.NewGuid().ToString("N");
        var header = new JsonObject
        {
            ["msg_id"] = id,
            ["session"] = _session,
            ["username"] = "benchmark",
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ["msg_type"] = messageType,
            ["version"] = "5.3",
        };
        byte[][] parts = [ToBytes(header), "{}"u8.ToArray(), "{}"u8.ToArray(), ToBytes(content)];
        var message = new NetMQMessage();
        message.Append(Delimiter);
        message.Append(Encoding.ASCII.GetBytes(Sign(parts)));
        foreach (var part in parts)
            message.Append(part);
        socket.SendMultipartMessage(message);
        return id;
    }

    private JsonObject Receive(
        NetMQSocket socket,
        string requestId,
        string messageType,
        string? state,
        TimeSpan timeout
    ) =>
        TryReceive(socket, requestId, messageType, state, timeout)
        ?? throw new TimeoutException(
            $"El kernel no envió {messageType}{(state is null ? "" : " " + state)} para la petición {requestId} en {timeout.TotalSeconds} s."
        );

    // El contenido del primer mensaje de tipo messageType (y execution_state state, si se pide) que responde a
    // requestId; los demás se descartan. null si no llega a tiempo.
    private JsonObject? TryReceive(
        NetMQSocket socket,
        string requestId,
        string messageType,
        string? state,
        TimeSpan timeout
    )
    {
        var deadline = Stopwatch.StartNew();
        var frames = new List<byte[]>();
        while (deadline.Elapsed < timeout)
        {
            if (!socket.TryReceiveMultipartBytes(timeout - deadline.Elapsed, ref frames))
                return null;
            var start = frames.FindIndex(f => f.AsSpan().SequenceEqual(Delimiter));
            if (start < 0 || frames.Count < start + 6)
                throw new InvalidOperationException(
                    $"El kernel envió un mensaje mal formado de {frames.Count} marcos."
                );
            byte[][] parts = [frames[start + 2], frames[start + 3], frames[start + 4], frames[start + 5]];
            if (Encoding.ASCII.GetString(frames[start + 1]) != Sign(parts))
                throw new InvalidOperationException(
                    "El kernel envió un mensaje con una firma HMAC que no corresponde a la clave."
                );
            var header = Parse(parts[0]);
            var parent = Parse(parts[1]);
            var content = Parse(parts[3]);
            if (
                (string?)parent["msg_id"] == requestId
                && (string?)header["msg_type"] == messageType
                && (state is null || (string?)content["execution_state"] == state)
            )
                return content;
        }
        return null;
    }

    private string Sign(byte[][] parts)
    {
        if (_key.Length == 0)
            return "";
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        foreach (var part in parts)
            hmac.AppendData(part);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    private static byte[] ToBytes(JsonObject json) => JsonSerializer.SerializeToUtf8Bytes(json);

    private static JsonObject Parse(byte[] bytes) =>
        JsonNode.Parse(bytes) as JsonObject
        ?? throw new InvalidOperationException("El kernel envió una parte que no es un objeto JSON.");

    /// <summary>Cierra los sockets sin esperar a lo que quede por enviar.</summary>
    public void Dispose()
    {
        _shell.Dispose();
        _control.Dispose();
        _iopub.Dispose();
    }
}
