using System.Globalization;
using NotebookEngine;
using NotebookRunner.Cli;

// La ayuda y los errores de System.CommandLine en español (ver SpanishResourceCulture); la orden vuelve a la
// cultura invariante antes de ejecutar celdas.
CultureInfo.CurrentUICulture = SpanishResourceCulture.Instance;
return await RunnerCommand.Build().Parse(args).InvokeAsync();
