using System.Globalization;
using NetMQ;
using NotebookEngine;
using NotebookRunner.Cli;

// La ayuda y los errores de System.CommandLine en español (ver SpanishResourceCulture); la orden vuelve a la
// cultura invariante antes de ejecutar celdas.
CultureInfo.CurrentUICulture = SpanishResourceCulture.Instance;
var exitCode = await RunnerCommand.Build().Parse(args).InvokeAsync();
NetMQConfig.Cleanup(block: false);
return exitCode;
