using System.Text;

namespace NotebookEngine.Scripting;

/// <summary>
/// Sustituye a <see cref="Console.Out"/> y <see cref="Console.Error"/> una vez por proceso: lo que escribe el código de
/// una celda va a esa celda (vía <see cref="CellContext.Current"/>, que sigue a las tareas que lance); lo que se escribe
/// fuera de una celda (la barra de progreso del ejecutor, por ejemplo) va a la consola de verdad. También lleva a la
/// celda el avance de restauraciones y compilaciones cuando se pide (<see cref="SessionOptions.ProgressInCell"/>).
/// </summary>
internal sealed class ConsoleRouter(string stream, TextWriter original) : TextWriter
{
    private static int s_installed;

    /// <summary>Instala los dos enrutadores si no lo estaban.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref s_installed, 1) == 1)
            return;
        Console.SetOut(new ConsoleRouter("stdout", Console.Out));
        Console.SetError(new ConsoleRouter("stderr", Console.Error));
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (value is null)
            return;
        if (CellContext.Current is { } cell)
            cell.Write(stream, value);
        else
            original.Write(value);
    }

    public override void WriteLine(string? value) => Write(value + NewLine);

    public override void Flush()
    {
        if (CellContext.Current is null)
            original.Flush();
    }
}
