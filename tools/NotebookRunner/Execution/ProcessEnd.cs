namespace NotebookRunner.Execution;

/// <summary>Cómo terminó un proceso de kernel, en español, a partir de su código de salida y sus últimas líneas.</summary>
internal static class ProcessEnd
{
    /// <summary>
    /// «el proceso abortó por desbordamiento de pila (recursión infinita; código 134, SIGABRT)», «el proceso terminó
    /// con código 3 (p. ej. Environment.Exit(3))»...
    /// </summary>
    public static string Describe(int exitCode, IReadOnlyList<string> lastLines)
    {
        var stackOverflow = lastLines.Any(l => l.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase));
        var outOfMemory = lastLines.Any(l => l.Contains("OutOfMemory", StringComparison.Ordinal));
        return exitCode switch
        {
            134 when stackOverflow =>
                "el proceso abortó por desbordamiento de pila (¿una recursión sin fin?; código 134, SIGABRT)",
            134 => "el proceso abortó (código 134, SIGABRT)",
            137 => "el sistema mató el proceso (código 137, SIGKILL; suele ser por falta de memoria)",
            139 => "el proceso cayó por un acceso a memoria no válido en código nativo (código 139, SIGSEGV)",
            > 128 and < 160 => $"el proceso murió por la señal {exitCode - 128} (código {exitCode})",
            _ when outOfMemory => $"el proceso se quedó sin memoria (código {exitCode})",
            0 => "el proceso terminó (código 0) sin que nadie lo pidiera (¿Environment.Exit(0) en la celda?)",
            _ =>
                $"el proceso terminó con código {exitCode} (¿Environment.Exit({exitCode}) o una excepción sin capturar?)",
        };
    }
}
