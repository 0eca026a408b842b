using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotebookEngine.Scripting;

/// <summary>
/// Si una celda termina en una expresión con valor (sin punto y coma y de tipo distinto de void), que es lo que
/// Polyglot muestra como resultado. No es API pública de Roslyn: se mira el último nodo del árbol.
/// </summary>
internal static class LastExpression
{
    /// <summary>Mira el último árbol sintáctico de la compilación (el de la celda actual).</summary>
    public static bool HasValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax root)
            return false;
        if (
            root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing
        )
            return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }
}
