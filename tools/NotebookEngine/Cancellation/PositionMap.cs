using Microsoft.CodeAnalysis.Text;

namespace NotebookEngine.Cancellation;

/// <summary>
/// Cómo se instrumenta una lambda de expresión: con <c>return</c> (la forma por defecto), como instrucción (para la
/// que resulta ser un <c>Action</c>) o sin tocar (para la que el compilador no acepta con cuerpo de bloque, como un
/// árbol de expresión).
/// </summary>
internal enum LambdaForm
{
    /// <summary><c>x =&gt; { comprobación; return cuerpo; }</c></summary>
    Return,

    /// <summary><c>x =&gt; { comprobación; cuerpo; }</c></summary>
    Statement,

    /// <summary>Sin comprobación.</summary>
    Untouched,
}

/// <summary>El código instrumentado, su mapa y el tramo original de cada lambda de expresión instrumentada.</summary>
internal sealed record Instrumented(string Code, PositionMap Map, IReadOnlyList<TextSpan> Lambdas);

/// <summary>
/// Un cambio en el código original: en <paramref name="Position"/> se quitan <paramref name="Removed"/> caracteres
/// (la flecha <c>=&gt;</c> de un miembro con cuerpo de expresión; 0 en una inserción) y se pone <paramref name="Text"/>.
/// </summary>
internal sealed record Edit(int Position, int Removed, string Text);

/// <summary>Convierte posiciones del código instrumentado en posiciones del código que escribió el usuario.</summary>
internal sealed class PositionMap(IReadOnlyList<Edit> edits)
{
    /// <summary>Un mapa sin cambios (la identidad).</summary>
    public static PositionMap Identity { get; } = new([]);

    /// <summary>La posición original; una posición dentro de un texto añadido va al punto del cambio.</summary>
    public int ToOriginal(int instrumentedPosition)
    {
        var shift = 0;
        foreach (var edit in edits)
        {
            var start = edit.Position + shift;
            if (instrumentedPosition < start)
                break;
            if (instrumentedPosition < start + edit.Text.Length)
                return edit.Position;
            shift += edit.Text.Length - edit.Removed;
        }
        return instrumentedPosition - shift;
    }

    /// <summary>Si la posición instrumentada cae dentro de un texto añadido por el motor.</summary>
    public bool IsInserted(int instrumentedPosition)
    {
        var shift = 0;
        foreach (var edit in edits)
        {
            var start = edit.Position + shift;
            if (instrumentedPosition < start)
                return false;
            if (instrumentedPosition < start + edit.Text.Length)
                return true;
            shift += edit.Text.Length - edit.Removed;
        }
        return false;
    }
}
