using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotebookBook;

/// <summary>
/// Colorea código C# de cuaderno con el analizador de Roslyn (sin JavaScript en la página): palabras clave, cadenas,
/// números, comentarios, directivas (<c>#r</c>, <c>#!csharp</c>), tipos y métodos. Los tipos y métodos se deducen
/// solo por la sintaxis (sin compilar), así que es una aproximación: <c>Math.Exp</c> colorea <c>Math</c> como tipo
/// porque empieza por mayúscula y va delante de un punto.
/// </summary>
internal static class CSharpHighlighter
{
    // Modo guion: así se aceptan instrucciones sueltas, #r y #load como en una celda de Polyglot.
    private static readonly CSharpParseOptions ScriptOptions = new(
        LanguageVersion.Preview,
        DocumentationMode.Parse,
        SourceCodeKind.Script
    );

    /// <summary>El HTML (escapado, con <c>&lt;span class="hl-…"&gt;</c>) del código <paramref name="code"/>.</summary>
    public static string ToHtml(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, ScriptOptions).GetRoot();
        var html = new StringBuilder(code.Length * 2);
        // Roslyn conserva cada carácter del texto en tokens y trivia: recorrerlos en orden reproduce el código exacto.
        foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
        {
            WriteTrivia(html, token.LeadingTrivia);
            Write(html, token.Text, Classify(token));
            WriteTrivia(html, token.TrailingTrivia);
        }
        return html.ToString();
    }

    private static void WriteTrivia(StringBuilder html, SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            var text = item.ToFullString();
            if (item.IsDirective || item.IsKind(SyntaxKind.ShebangDirectiveTrivia))
            {
                // La directiva incluye su salto de línea final: se deja fuera del span.
                var body = text.TrimEnd('\r', '\n');
                Write(html, body, "hl-directive");
                Write(html, text[body.Length..], null);
            }
            else if (
                item.Kind()
                is SyntaxKind.SingleLineCommentTrivia
                    or SyntaxKind.MultiLineCommentTrivia
                    or SyntaxKind.SingleLineDocumentationCommentTrivia
                    or SyntaxKind.MultiLineDocumentationCommentTrivia
                    or SyntaxKind.DisabledTextTrivia
            )
            {
                var body = text.TrimEnd('\r', '\n');
                Write(html, body, "hl-comment");
                Write(html, text[body.Length..], null);
            }
            else
            {
                Write(html, text, null);
            }
        }
    }

    private static void Write(StringBuilder html, string text, string? cssClass)
    {
        if (text.Length == 0)
            return;
        if (cssClass is null)
        {
            html.Append(Html.Encode(text));
            return;
        }
        html.Append("<span class=\"").Append(cssClass).Append("\">").Append(Html.Encode(text)).Append("</span>");
    }

    private static string? Classify(SyntaxToken token)
    {
        var kind = token.Kind();
        if (kind is SyntaxKind.NumericLiteralToken)
            return "hl-number";
        if (IsStringPart(kind))
            return "hl-string";
        if (SyntaxFacts.IsKeywordKind(kind))
            return "hl-keyword";
        if (kind is SyntaxKind.IdentifierToken)
            return ClassifyIdentifier(token);
        return null;
    }

    private static bool IsStringPart(SyntaxKind kind) =>
        kind
            is SyntaxKind.StringLiteralToken
                or SyntaxKind.CharacterLiteralToken
                or SyntaxKind.Utf8StringLiteralToken
                or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken
                or SyntaxKind.Utf8SingleLineRawStringLiteralToken
                or SyntaxKind.Utf8MultiLineRawStringLiteralToken
                or SyntaxKind.InterpolatedStringStartToken
                or SyntaxKind.InterpolatedVerbatimStringStartToken
                or SyntaxKind.InterpolatedSingleLineRawStringStartToken
                or SyntaxKind.InterpolatedMultiLineRawStringStartToken
                or SyntaxKind.InterpolatedStringTextToken
                or SyntaxKind.InterpolatedStringEndToken
                or SyntaxKind.InterpolatedRawStringEndToken;

    private static string? ClassifyIdentifier(SyntaxToken token)
    {
        // Palabras clave contextuales que Roslyn deja como identificadores.
        if (token.Text is "var" or "dynamic" or "nameof" && token.Parent is IdentifierNameSyntax)
            return "hl-keyword";

        switch (token.Parent)
        {
            case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or TypeParameterSyntax:
                return "hl-type";
            case MethodDeclarationSyntax or LocalFunctionStatementSyntax:
                return "hl-method";
            case SimpleNameSyntax name:
                if (IsInvoked(name))
                    return "hl-method";
                if (
                    SyntaxFacts.IsInTypeOnlyContext(name)
                    || name is GenericNameSyntax && name.Parent is not MemberAccessExpressionSyntax
                )
                    return "hl-type";
                // Heurística: «Console.WriteLine», «Math.Exp»: un nombre en mayúscula a la izquierda de un punto.
                if (
                    name.Parent is MemberAccessExpressionSyntax access
                    && access.Expression == name
                    && char.IsUpper(token.ValueText.FirstOrDefault())
                )
                    return "hl-type";
                return null;
            default:
                return null;
        }
    }

    private static bool IsInvoked(SimpleNameSyntax name)
    {
        ExpressionSyntax callee =
            name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee;
    }
}
