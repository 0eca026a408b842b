using System.Globalization;

namespace NotebookKernel;

/// <summary>
/// El registro del kernel, en la salida de error: el cliente de Jupyter lo muestra en su consola (VS Code, en la
/// salida "Jupyter"), que es donde se busca qué pasó con un mensaje rechazado o una celda que no paró.
/// </summary>
internal sealed class KernelLog(TextWriter writer)
{
    private readonly Lock _lock = new();

    /// <summary>El registro en <see cref="Console.Error"/>.</summary>
    public static KernelLog ToStandardError() => new(Console.Error);

    /// <summary>Un registro que no escribe nada (pruebas).</summary>
    public static KernelLog Silent() => new(TextWriter.Null);

    /// <summary>Escribe una línea con la hora.</summary>
    public void Info(string message) => Write("info", message);

    /// <summary>Algo que el kernel rechazó o no pudo hacer, pero tras lo que sigue funcionando.</summary>
    public void Warning(string message) => Write("aviso", message);

    private void Write(string level, string message)
    {
        var time = DateTime.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
        lock (_lock)
        {
            writer.WriteLine($"[kernel C# {time} {level}] {message}");
            writer.Flush();
        }
    }
}
