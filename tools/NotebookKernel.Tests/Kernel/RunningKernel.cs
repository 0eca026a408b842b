using JupyterProtocol;
using NotebookEngine.Editing;
using NotebookKernel.Execution;
using NotebookKernel.History;
using NotebookKernel.Kernel;
using NotebookKernel.Transport;

namespace NotebookKernel.Tests.Kernel;

/// <summary>Un kernel escuchando en puertos libres de 127.0.0.1 con un motor de mentira, y un cliente conectado.</summary>
internal sealed class RunningKernel : IDisposable
{
    public const string Key = "clave-de-prueba";

    private readonly KernelSockets _sockets;
    private readonly EditingServices _editing = new();

    /// <param name="createExecutor">El motor; por defecto <see cref="Executor"/>, el de mentira.</param>
    /// <param name="history">El historial del kernel; sin él, no guarda nada.</param>
    public RunningKernel(Func<ICellExecutor>? createExecutor = null, HistoryStore? history = null)
    {
        var connection = new ConnectionInfo { Key = Key };
        _sockets = new KernelSockets(connection, new MessageSigner(Key), KernelLog.Silent());
        Kernel = new JupyterKernel(_sockets, createExecutor ?? (() => Executor), _editing, KernelLog.Silent())
        {
            History = history,
        };
        Kernel.Start();
        Client = new TestClient(_sockets.Bound, Key);
        Client.WaitUntilReady();
    }

    public JupyterKernel Kernel { get; }
    public FakeExecutor Executor { get; } = new();
    public TestClient Client { get; }
    public ConnectionInfo Bound => _sockets.Bound;

    public void Dispose()
    {
        Client.Dispose();
        Kernel.Dispose();
        _sockets.Dispose();
        _editing.Dispose();
        Executor.Dispose();
    }
}
