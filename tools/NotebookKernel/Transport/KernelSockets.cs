using System.Text;
using JupyterProtocol;
using NetMQ;
using NetMQ.Sockets;

namespace NotebookKernel.Transport;

/// <summary>
/// Los cinco sockets del kernel. Los sockets de NetMQ no admiten varios hilos, así que todos (menos el latido) viven
/// en el hilo de un <see cref="NetMQPoller"/>: lo que otros hilos quieren enviar pasa por una cola de ese hilo, y lo
/// recibido se entrega con <see cref="MessageReceived"/> desde él (quien lo maneje no debe bloquearlo).
/// </summary>
internal sealed class KernelSockets : IDisposable
{
    private readonly MessageSigner _signer;
    private readonly KernelLog _log;
    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly NetMQQueue<(Channel Channel, JupyterMessage Message)> _outbox = new();
    private readonly NetMQPoller _poller;
    private readonly Heartbeat _heartbeat;
    private bool _disposed;

    /// <summary>Un mensaje bien firmado llegó por shell, control o stdin. Se invoca en el hilo de los sockets.</summary>
    public event Action<Channel, JupyterMessage>? MessageReceived;

    /// <summary>Los puertos en los que escucha cada socket, por si se pidió 0 (uno libre, en las pruebas).</summary>
    public ConnectionInfo Bound { get; }

    /// <summary>Abre los sockets en las direcciones de <paramref name="connection"/> y empieza a escuchar.</summary>
    public KernelSockets(ConnectionInfo connection, MessageSigner signer, KernelLog log)
    {
        _signer = signer;
        _log = log;
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub })
            socket.Options.Linger = TimeSpan.FromSeconds(1); // que la respuesta a shutdown llegue antes de cerrar
        // Un cliente que vuelve a conectarse con la identidad de otro que el kernel aún cree conectado (Notebook 6.4
        // da a los canales de una página la identidad de su session_id, y al recargar los cierra y los reabre en
        // milisegundos) se queda con ella. Sin esto, el ROUTER ignora al nuevo y sus peticiones no se leen nunca:
        // la página recargada espera su kernel_info para siempre. ipykernel hace lo mismo (router_handover).
        foreach (var socket in new[] { _shell, _control, _stdin })
            socket.Options.RouterHandover = true;
        _heartbeat = new Heartbeat(connection.Ip, connection.HeartbeatPort);
        Bound = connection with
        {
            ShellPort = Bind(_shell, connection.Ip, connection.ShellPort),
            ControlPort = Bind(_control, connection.Ip, connection.ControlPort),
            StdinPort = Bind(_stdin, connection.Ip, connection.StdinPort),
            IOPubPort = Bind(_iopub, connection.Ip, connection.IOPubPort),
            HeartbeatPort = _heartbeat.Port,
        };
        _shell.ReceiveReady += (_, e) => Receive(Channel.Shell, e.Socket);
        _control.ReceiveReady += (_, e) => Receive(Channel.Control, e.Socket);
        _stdin.ReceiveReady += (_, e) => Receive(Channel.Stdin, e.Socket);
        _outbox.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
                Transmit(item.Channel, item.Message);
        };
        _poller = [_shell, _control, _stdin, _outbox];
        _poller.RunAsync("sockets de Jupyter");
    }

    /// <summary>Envía <paramref name="message"/> por <paramref name="channel"/> (desde cualquier hilo, en orden).</summary>
    public void Send(Channel channel, JupyterMessage message) => _outbox.Enqueue((channel, message));

    /// <summary>Enlaza <paramref name="socket"/> en <paramref name="port"/> (0: uno libre) y devuelve el puerto.</summary>
    internal static int Bind(NetMQSocket socket, string ip, int port)
    {
        if (port != 0)
        {
            socket.Bind($"tcp://{ip}:{port}");
            return port;
        }
        return socket.BindRandomPort($"tcp://{ip}");
    }

    private void Receive(Channel channel, NetMQSocket socket)
    {
        var frames = new List<byte[]>();
        while (socket.TryReceiveMultipartBytes(TimeSpan.Zero, ref frames))
        {
            JupyterMessage message;
            try
            {
                message = WireFormat.Decode(frames, _signer);
            }
            catch (RejectedMessageException e)
            {
                _log.Warning($"{channel}: mensaje rechazado ({e.Message})");
                continue;
            }
            try
            {
                MessageReceived?.Invoke(channel, message);
            }
            catch (Exception e)
            {
                _log.Warning($"{channel}: fallo al atender {message.MessageType}: {e}");
            }
        }
    }

    private void Transmit(Channel channel, JupyterMessage message)
    {
        if (channel == Channel.IOPub) // en iopub la "identidad" es el tema al que se suscriben los clientes
            message = message with { Identities = [Encoding.UTF8.GetBytes(message.MessageType)] };
        var frames = WireFormat.Encode(message, _signer);
        var socket = channel switch
        {
            Channel.Shell => (NetMQSocket)_shell,
            Channel.Control => _control,
            Channel.Stdin => _stdin,
            _ => _iopub,
        };
        socket.SendMultipartBytes(frames);
    }

    /// <summary>Envía lo que quede en la cola y cierra todo.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _poller.Stop();
        // El hilo del poller ya terminó: este hilo puede usar los sockets para vaciar la cola.
        while (_outbox.TryDequeue(out var item, TimeSpan.Zero))
            Transmit(item.Channel, item.Message);
        _poller.Dispose();
        _outbox.Dispose();
        _shell.Dispose();
        _control.Dispose();
        _stdin.Dispose();
        _iopub.Dispose();
        _heartbeat.Dispose();
    }
}
