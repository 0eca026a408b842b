using JupyterProtocol;
using NetMQ;
using NetMQ.Sockets;

namespace NotebookKernel.Transport;

/// <summary>
/// El latido: devuelve cada mensaje tal cual, en su propio hilo, para que el cliente sepa que el proceso vive aunque
/// una celda tenga ocupado al kernel. Con ROUTER vale lo mismo para clientes REQ que DEALER.
/// </summary>
internal sealed class Heartbeat : IDisposable
{
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _bound = new();
    private volatile bool _stopping;
    private Exception? _bindError;

    /// <summary>El puerto en el que escucha (el pedido, o uno libre si se pidió 0).</summary>
    public int Port { get; private set; }

    public Heartbeat(string ip, int port)
    {
        _thread = new Thread(() => Run(ip, port)) { IsBackground = true, Name = "latido" };
        _thread.Start();
        _bound.Wait();
        if (_bindError is not null)
            throw _bindError;
    }

    private void Run(string ip, int port)
    {
        using var socket = new RouterSocket();
        socket.Options.Linger = TimeSpan.Zero;
        try
        {
            Port = KernelSockets.Bind(socket, ip, port);
        }
        catch (Exception e)
        {
            _bindError = e;
            _bound.Set();
            return;
        }
        _bound.Set();
        var frames = new List<byte[]>();
        while (!_stopping)
        {
            if (socket.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(100), ref frames))
                socket.SendMultipartBytes(frames);
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _thread.Join();
        _bound.Dispose();
    }
}
