using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NotebookEngine.Scripting;

namespace NotebookEngine.Editing;

/// <summary>Si una celda está lista para ejecutarse (<c>is_complete_request</c>) y, si no, con qué sangría seguir.</summary>
internal static class CompletenessChecker
{
    /// <summary>
    /// "complete" si compila como envío de script o solo tiene errores que no arregla seguir escribiendo,
    /// "incomplete" si le falta el final (un bloque o paréntesis sin cerrar, una expresión a medias) e
    /// "invalid" si tiene un error de sintaxis antes del final.
    /// </summary>
    public static IsCompleteResult Check(string code)
    {
        // Lo que el motor quita antes de compilar (#!csharp, #r "nuget:", #i) queda en blanco, como en la celda real.
        var source = CellSource.Parse(code).Code;
        if (string.IsNullOrWhiteSpace(source))
            return new IsCompleteResult("complete", "");
        var tree = CSharpSyntaxTree.ParseText(source, ScriptEnvironment.ParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
            return new IsCompleteResult("incomplete", new string(' ', 4 * OpenBraces(tree)));
        bool hasErrors = tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
        return new IsCompleteResult(hasErrors ? "invalid" : "complete", "");
    }

    private static int OpenBraces(SyntaxTree tree)
    {
        int depth = 0;
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.IsMissing)
                continue;
            if (token.IsKind(SyntaxKind.OpenBraceToken))
                depth++;
            else if (token.IsKind(SyntaxKind.CloseBraceToken))
                depth = Math.Max(0, depth - 1);
        }
        return depth;
    }
}

/// <summary>La respuesta a <c>is_complete_request</c>: el estado y, si falta algo, la sangría de la línea siguiente.</summary>
public sealed record IsCompleteResult(string Status, string Indent);
