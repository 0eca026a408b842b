using System.Text;

namespace NotebookKernel.Protocol;

/// <summary>
/// Desde la versión 5.2 del protocolo, <c>cursor_pos</c> cuenta puntos de código Unicode, no unidades UTF-16 como
/// las cadenas de .NET y Roslyn: un emoji es 1 para Jupyter y 2 para C#. Aquí se traduce en los dos sentidos.
/// </summary>
internal static class CodePoints
{
    /// <summary>El índice UTF-16 que corresponde a <paramref name="codePoints"/> puntos de código (recortado al texto).</summary>
    public static int ToUtf16Index(string text, int codePoints)
    {
        int index = 0;
        for (int seen = 0; seen < codePoints && index < text.Length; seen++)
            index += Rune.TryGetRuneAt(text, index, out var rune) ? rune.Utf16SequenceLength : 1;
        return index;
    }

    /// <summary>Cuántos puntos de código hay antes del índice UTF-16 <paramref name="utf16Index"/>.</summary>
    public static int FromUtf16Index(string text, int utf16Index)
    {
        int end = Math.Clamp(utf16Index, 0, text.Length);
        int count = 0;
        for (int index = 0; index < end; count++)
            index += Rune.TryGetRuneAt(text, index, out var rune) ? rune.Utf16SequenceLength : 1;
        return count;
    }
}
