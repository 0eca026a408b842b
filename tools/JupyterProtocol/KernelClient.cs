using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using ChannelOf = System.Threading.Channels.Channel;

namespace JupyterProtocol;

/// <summary>
/// El lado cliente del protocolo, como <c>jupyter_client</c>: DEALER en shell y control, SUB en iopub. Los sockets de
/// NetMQ no admiten varios hilos, así que viven en el hilo de un <see cref="NetMQPoller"/>: los envíos pasan por una
/// cola de ese hilo y lo recibido (ya comprobada la firma) se lee con <see cref="ReceiveAsync"/>.
/// </summary>
public sealed class KernelClient : IDisposable
{
    private readonly MessageSigner _signer;
    private readonly DealerSocket _shell = new();
    private readonly DealerSocket _control = new();
    private readonly SubscriberSocket _iopub = new();
    private readonly NetMQQueue<(Channel Channel, JupyterMessage Message)> _outbox = new();
    private readonly NetMQPoller _poller;
    private readonly System.Threading.Channels.Channel<ReceivedMessage> _inbox =
        ChannelOf.CreateUnbounded<ReceivedMessage>(new() { SingleWriter = true });
    private bool _disposed;

    /// <summary>Conecta los sockets. ZeroMQ deja conectar antes de que el kernel escuche: los envíos esperan en cola.</summary>
    public KernelClient(ConnectionInfo connection, string username = "cliente")
    {
        _signer = new MessageSigner(connection.Key);
        Username = username;
        foreach (var socket in new NetMQSocket[] { _shell, _control, _iopub })
        {
            socket.Options.Linger = TimeSpan.Zero;
            // Reintentar cada 10 ms (no cada 100): mientras el kernel arranca, la espera no debe alargarse por esto.
            socket.Options.ReconnectInterval = TimeSpan.FromMilliseconds(10);
        }
        _shell.Connect(connection.Address(connection.ShellPort));
        _control.Connect(connection.Address(connection.ControlPort));
        _iopub.SubscribeToAnyTopic();
        _iopub.Connect(connection.Address(connection.IOPubPort));
        _shell.ReceiveReady += (_, e) => Receive(Channel.Shell, e.Socket);
        _control.ReceiveReady += (_, e) => Receive(Channel.Control, e.Socket);
        _iopub.ReceiveReady += (_, e) => Receive(Channel.IOPub, e.Socket);
        _outbox.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
                (item.Channel == Channel.Control ? _control : _shell).SendMultipartBytes(
                    WireFormat.Encode(item.Message, _signer)
                );
        };
        _poller = [_shell, _control, _iopub, _outbox];
        _poller.RunAsync("cliente de Jupyter");
    }

    /// <summary>La sesión de este cliente (<c>header.session</c> de sus peticiones).</summary>
    public string Session { get; } = Guid.NewGuid().ToString("N");

    /// <summary>El nombre de usuario de las cabeceras.</summary>
    public string Username { get; }

    /// <summary>Envía una petición por shell o control (desde cualquier hilo) y la devuelve, para conocer su msg_id.</summary>
    public JupyterMessage Send(Channel channel, string messageType, JsonObject content)
    {
        if (channel is not (Channel.Shell or Channel.Control))
            throw new ArgumentException(
                $"Un cliente envía peticiones por shell o control, no por {channel}.",
                nameof(channel)
            );
        var message = JupyterMessage.Create(messageType, content, null, Session, Username);
        _outbox.Enqueue((channel, message));
        return message;
    }

    /// <summary>Pide ejecutar <paramref name="code"/> como una celda (<c>execute_request</c> por shell).</summary>
    public JupyterMessage Execute(string code, bool stopOnError = true) =>
        Send(
            Channel.Shell,
            "execute_request",
            new JsonObject
            {
                ["code"] = code,
                ["silent"] = false,
                ["store_history"] = true,
                ["user_expressions"] = new JsonObject(),
                ["allow_stdin"] = false,
                ["stop_on_error"] = stopOnError,
            }
        );

    /// <summary>El siguiente mensaje recibido por cualquier canal, en el orden en que llegó.</summary>
    public ValueTask<ReceivedMessage> ReceiveAsync(CancellationToken cancellationToken = default) =>
        _inbox.Reader.ReadAsync(cancellationToken);

    /// <summary>Un mensaje ya recibido, si lo hay, sin esperar.</summary>
    public bool TryReceive(out ReceivedMessage message) => _inbox.Reader.TryRead(out message);

    /// <summary>
    /// Espera a que el kernel atienda y a que iopub entregue mensajes (ZeroMQ pierde lo publicado antes de que el
    /// suscriptor conecte): repite <c>kernel_info_request</c> hasta ver su respuesta y su <c>status</c> en iopub, como
    /// <c>wait_for_ready</c> de jupyter_client. Descarta lo demás que llegue mientras tanto.
    /// </summary>
    /// <exception cref="TimeoutException">Si no lo consigue en <paramref name="timeout"/>.</exception>
    public async Task WaitForReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var replied = new HashSet<string>();
            var published = new HashSet<string>();
            while (true)
            {
                Send(Channel.Shell, "kernel_info_request", []);
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
                attempt.CancelAfter(TimeSpan.FromMilliseconds(500));
                try
                {
                    while (true)
                    {
                        var (channel, message) = await ReceiveAsync(attempt.Token).ConfigureAwait(false);
                        if (message.ParentId is not { } parent)
                            continue;
                        (channel == Channel.IOPub ? published : replied).Add(parent);
                        if (replied.Overlaps(published))
                            return;
                    }
                }
                catch (OperationCanceledException) when (!deadline.IsCancellationRequested) { }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"El kernel no respondió a kernel_info_request por shell e iopub en {timeout.TotalSeconds:0.#} s."
            );
        }
    }

    private void Receive(Channel channel, NetMQSocket socket)
    {
        var frames = new List<byte[]>();
        while (socket.TryReceiveMultipartBytes(TimeSpan.Zero, ref frames))
        {
            try
            {
                _inbox.Writer.TryWrite(new ReceivedMessage(channel, WireFormat.Decode(frames, _signer)));
            }
            catch (RejectedMessageException)
            {
                // Un mensaje mal firmado no es del kernel con el que hablamos: se descarta.
            }
        }
    }

    /// <summary>Cierra los sockets sin esperar a lo que quede por enviar.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _poller.Stop();
        _poller.Dispose();
        _outbox.Dispose();
        _shell.Dispose();
        _control.Dispose();
        _iopub.Dispose();
        _inbox.Writer.TryComplete();
    }
}

/// <summary>Un mensaje recibido y el canal por el que llegó.</summary>
public readonly record struct ReceivedMessage(Channel Channel, JupyterMessage Message);
