using System.Text.Json.Nodes;
using JupyterProtocol;
using NetMQ;
using NetMQ.Sockets;
using NotebookKernel.Transport;

namespace NotebookKernel.Tests.Kernel;

/// <summary>Un cliente de Jupyter mínimo para hablar con el kernel por sus sockets, como lo haría jupyter_client.</summary>
internal sealed class TestClient : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly MessageSigner _signer;
    private readonly string _session = Guid.NewGuid().ToString();

    public DealerSocket Shell { get; } = new();
    public DealerSocket Control { get; } = new();
    public SubscriberSocket IOPub { get; } = new();
    public RequestSocket Heartbeat { get; } = new();

    public TestClient(ConnectionInfo bound, string key)
    {
        _signer = new MessageSigner(key);
        Shell.Connect(bound.Address(bound.ShellPort));
        Control.Connect(bound.Address(bound.ControlPort));
        IOPub.Connect(bound.Address(bound.IOPubPort));
        IOPub.SubscribeToAnyTopic();
        Heartbeat.Connect(bound.Address(bound.HeartbeatPort));
    }

    /// <summary>Envía una petición firmada y la devuelve (para conocer su msg_id).</summary>
    public JupyterMessage Send(DealerSocket socket, string messageType, JsonObject? content = null)
    {
        var message = JupyterMessage.Create(messageType, content ?? [], null, _session);
        socket.SendMultipartBytes(WireFormat.Encode(message, _signer));
        return message;
    }

    /// <summary>El siguiente mensaje de <paramref name="socket"/>, ya comprobada su firma.</summary>
    public JupyterMessage Receive(NetMQSocket socket)
    {
        var frames = new List<byte[]>();
        Assert.True(socket.TryReceiveMultipartBytes(Timeout, ref frames), "el kernel no respondió a tiempo");
        return WireFormat.Decode(frames, _signer);
    }

    /// <summary>Lo publicado en iopub por la petición <paramref name="request"/> hasta su <c>idle</c>, incluidos.</summary>
    public List<JupyterMessage> IOPubUntilIdle(JupyterMessage request)
    {
        var messages = new List<JupyterMessage>();
        while (true)
        {
            var message = Receive(IOPub);
            if (message.ParentHeader["msg_id"]?.GetValue<string>() != request.MessageId)
                continue;
            messages.Add(message);
            if (message.MessageType == "status" && message.Content["execution_state"]!.GetValue<string>() == "idle")
                return messages;
        }
    }

    /// <summary>
    /// Espera a que la suscripción a iopub funcione (ZeroMQ pierde lo publicado antes de conectar): pide
    /// kernel_info hasta que llega su estado por iopub, como hace jupyter_client al arrancar.
    /// </summary>
    public void WaitUntilReady()
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            var request = Send(Shell, "kernel_info_request");
            Receive(Shell);
            var frames = new List<byte[]>();
            while (IOPub.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(200), ref frames))
            {
                var message = WireFormat.Decode(frames, _signer);
                if (message.ParentHeader["msg_id"]?.GetValue<string>() == request.MessageId)
                {
                    IOPubUntilIdleAfter(request, message);
                    return;
                }
            }
        }
        Assert.Fail("iopub no llegó a funcionar");
    }

    private void IOPubUntilIdleAfter(JupyterMessage request, JupyterMessage first)
    {
        if (first.MessageType == "status" && first.Content["execution_state"]!.GetValue<string>() == "idle")
            return;
        IOPubUntilIdle(request);
    }

    public void Dispose()
    {
        Shell.Dispose();
        Control.Dispose();
        IOPub.Dispose();
        Heartbeat.Dispose();
    }
}
