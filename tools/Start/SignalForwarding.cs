using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Start;

/// <summary>
/// Ctrl+C y SIGTERM para una orden que lanza a otra: no termina esta (que se quedaría el ejecutor sin nadie que
/// espere su código de salida); cancela lo que esté haciendo y, si el ejecutor ya corre, le pasa la señal. Ctrl+C en la
/// terminal le llega también directamente al ejecutor (el mismo grupo de procesos): recibirla dos veces no cambia nada.
/// </summary>
internal sealed class SignalForwarding : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private Process? _child;

    public SignalForwarding(CancellationTokenSource stop)
    {
        _stop = stop;
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Ejecuta <c>dotnet <paramref name="assembly"/> <paramref name="arguments"/></c> en esta misma terminal y devuelve su código.</summary>
    public async Task<int> RunAsync(string assembly, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var child = Process.Start(start)!;
        _child = child;
        if (_stop.IsCancellationRequested) // la señal llegó justo antes de que existiera
            Forward(child, PosixSignal.SIGINT);
        await child.WaitForExitAsync().ConfigureAwait(false);
        return child.ExitCode;
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        _stop.Cancel();
        if (_child is { } child)
            Forward(child, context.Signal);
    }

    private static void Forward(Process child, PosixSignal signal)
    {
        // En Windows no hay kill(2); allí Ctrl+C ya llega a todos los procesos de la consola.
        if (OperatingSystem.IsWindows() || child.HasExited)
            return;
        _ = Kill(child.Id, signal == PosixSignal.SIGTERM ? SignalTerminate : SignalInterrupt);
    }

    // Los números de SIGINT y SIGTERM son los mismos en Linux y en macOS.
    private const int SignalInterrupt = 2;
    private const int SignalTerminate = 15;

    // DllImport y no LibraryImport: este lo generaría con código unsafe, que el proyecto no necesita para nada más.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);

    // El mismo anfitrión que ejecuta esta orden (puede no ser el «dotnet» del PATH).
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
    }
}
