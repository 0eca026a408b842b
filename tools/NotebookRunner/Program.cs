using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using NetMQ;
using NotebookEngine;
using NotebookRunner.Cli;

// La ayuda y los errores de System.CommandLine en español (ver SpanishResourceCulture); la orden vuelve a la
// cultura invariante antes de ejecutar celdas.
CultureInfo.CurrentUICulture = SpanishResourceCulture.Instance;

// Con la salida redirigida (CI, registros, pruebas), Spectre cortaría las líneas a 80 columnas en mitad de un mensaje.
if (Console.IsOutputRedirected)
    Spectre.Console.AnsiConsole.Profile.Width = 1000;

// Ctrl+C y SIGTERM los atiende el ejecutor (no System.CommandLine, que mataría el proceso a los 2 s): para la celda en
// marcha, no escribe nada a medias, imprime lo que se ejecutó y sale con 130.
using var stop = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
var exitCode = await RunnerCommand
    .Build(stop.Token)
    .Parse(args)
    .InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
NetMQConfig.Cleanup(block: false);
return exitCode;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
