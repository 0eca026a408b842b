using NotebookEngine.Scripting;

namespace NotebookEngine.Pipeline;

/// <summary>
/// Primera etapa: separa la celda (código C#, <c>#r "nuget:"</c>, <c>#i</c>, líneas <c>#!</c>), rechaza lo que este
/// motor no ejecuta (celdas de otro kernel, órdenes mágicas de Polyglot sin sentido en C#) y escribe como C# las que
/// declaran variables (ver <see cref="MagicCommands"/>).
/// </summary>
internal static class CellPreparation
{
    public static StageResult<CellSource> Prepare(string code)
    {
        var source = CellSource.Parse(code);
        if (source.ForeignKernel is { } kernel)
            return ErrorReport.Simple(
                "KernelNotSupported",
                $"Esta celda es para el kernel '#!{kernel}', pero este motor solo ejecuta C# (y Markdown). Pásala a C# "
                    + $"o quita la celda. Órdenes de Polyglot que sí entiende: {MagicCommands.SupportedNames}."
            );
        return MagicCommands.Apply(source);
    }
}
