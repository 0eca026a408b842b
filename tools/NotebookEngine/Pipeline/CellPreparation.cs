using NotebookEngine.Scripting;

namespace NotebookEngine.Pipeline;

/// <summary>
/// Primera etapa: separa la celda (código C#, <c>#r "nuget:"</c>, <c>#i</c>, línea <c>#!</c>) y rechaza lo que este
/// motor no ejecuta: celdas de otro kernel y órdenes mágicas de Polyglot.
/// </summary>
internal static class CellPreparation
{
    public static StageResult<CellSource> Prepare(string code)
    {
        var source = CellSource.Parse(code);
        if (source.ForeignKernel is { } kernel)
            return ErrorReport.Simple(
                "KernelNotSupported",
                $"Esta celda es para el kernel '#!{kernel}', pero este motor solo ejecuta C#. Pásala a C# o quita la celda."
            );
        if (source.UnsupportedMagic is { } magic)
            return ErrorReport.Simple(
                "MagicNotSupported",
                $"La orden mágica '{magic}' de Polyglot no está disponible en este motor; quítala de la celda."
            );
        return source;
    }
}
