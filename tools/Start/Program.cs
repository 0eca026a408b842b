using Start;

// Ctrl+C y SIGTERM: mientras se compila, paran la compilación; mientras se ejecutan los cuadernos, los atiende el
// ejecutor (que también los recibe) y esta orden espera a que acabe para devolver su código.
using var stop = new CancellationTokenSource();
using var forwarding = new SignalForwarding(stop);

var runner = RunnerBuild.FromThisAssembly();
try
{
    if (!await runner.EnsureBuiltAsync(Console.Out, stop.Token))
        return 1;
}
catch (OperationCanceledException)
{
    Console.WriteLine("Interrumpido mientras se compilaban las herramientas: no se ejecutó ningún cuaderno.");
    return 130;
}
return await forwarding.RunAsync(runner.Assembly, args);
