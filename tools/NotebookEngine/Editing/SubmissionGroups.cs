using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotebookEngine.Scripting;

namespace NotebookEngine.Editing;

/// <summary>
/// Junta celdas seguidas en un solo envío de script para el editor. Roslyn recompila la cadena de envíos en cada
/// petición de completado y el coste crece con su longitud (con 60 celdas, ~250 ms de CPU por petición frente a
/// ~45 ms con una sola); juntarlas la acorta. Un grupo se cierra cuando una celda vuelve a declarar un nombre del
/// grupo (en la sesión, la celda posterior lo oculta; en un mismo script sería un error) o al llegar a
/// <see cref="MaxCellsPerGroup"/> celdas, para que la última celda ejecutada no obligue a recompilar demasiado.
/// </summary>
internal static class SubmissionGroups
{
    /// <summary>Cuántas celdas caben como mucho en un grupo.</summary>
    public const int MaxCellsPerGroup = 16;

    /// <summary>El texto de cada grupo, en orden: las celdas, con sus <c>#r</c>, <c>#load</c> y <c>using</c> al principio.</summary>
    public static IReadOnlyList<string> Build(IReadOnlyList<string> cells)
    {
        var groups = new List<string>();
        var current = new List<Cell>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in cells)
        {
            var cell = Cell.Parse(text);
            if (current.Count == MaxCellsPerGroup || cell.DeclaredNames.Any(names.Contains))
            {
                groups.Add(Join(current));
                current.Clear();
                names.Clear();
            }
            current.Add(cell);
            names.UnionWith(cell.DeclaredNames);
        }
        if (current.Count > 0)
            groups.Add(Join(current));
        return groups;
    }

    private static string Join(List<Cell> cells)
    {
        var text = new StringBuilder();
        foreach (var cell in cells)
            text.Append(cell.Directives);
        foreach (var cell in cells)
            text.Append(cell.Usings);
        foreach (var cell in cells)
            text.Append(cell.Body).Append('\n');
        return text.ToString();
    }

    private sealed record Cell(string Directives, string Usings, string Body, IReadOnlyList<string> DeclaredNames)
    {
        public static Cell Parse(string text)
        {
            var root = CSharpSyntaxTree.ParseText(text, ScriptEnvironment.ParseOptions).GetCompilationUnitRoot();
            var directives = new StringBuilder();
            var usings = new StringBuilder();
            var hoisted = new List<Microsoft.CodeAnalysis.Text.TextSpan>();
            foreach (
                var directive in root.GetReferenceDirectives()
                    .Cast<DirectiveTriviaSyntax>()
                    .Concat(root.GetLoadDirectives())
            )
            {
                directives.Append(directive.ToString().Trim()).Append('\n');
                hoisted.Add(directive.Span);
            }
            foreach (var directive in root.Usings)
            {
                usings.Append(directive.ToString().Trim()).Append('\n');
                hoisted.Add(directive.Span);
            }
            var body = new StringBuilder(text);
            foreach (var span in hoisted) // se tapan con espacios: los saltos de línea y el resto no se mueven
                for (int i = span.Start; i < span.End; i++)
                    body[i] = ' ';
            // La última expresión sin ';' (el valor que muestra la celda) necesita uno si la sigue otra celda.
            if (
                root.Members.LastOrDefault() is GlobalStatementSyntax
                {
                    Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true }
                }
            )
                body.Append(';');
            return new Cell(directives.ToString(), usings.ToString(), body.ToString(), NamesDeclaredIn(root));
        }

        private static IReadOnlyList<string> NamesDeclaredIn(CompilationUnitSyntax root)
        {
            var names = new List<string>();
            foreach (var member in root.Members)
            {
                switch (member)
                {
                    case GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local }:
                        names.AddRange(local.Declaration.Variables.Select(v => v.Identifier.ValueText));
                        break;
                    case GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax function }:
                        names.Add(function.Identifier.ValueText);
                        break;
                    case GlobalStatementSyntax statement:
                        // var (a, b) = ...; int.TryParse(s, out var n); x is int m: en un script pueden ser campos.
                        // Contar de más solo parte un grupo sin necesidad; contar de menos daría un nombre repetido.
                        names.AddRange(
                            statement
                                .DescendantNodes(node =>
                                    node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                                )
                                .OfType<SingleVariableDesignationSyntax>()
                                .Select(d => d.Identifier.ValueText)
                        );
                        break;
                    case FieldDeclarationSyntax field:
                        names.AddRange(field.Declaration.Variables.Select(v => v.Identifier.ValueText));
                        break;
                    case MethodDeclarationSyntax method:
                        names.Add(method.Identifier.ValueText);
                        break;
                    case PropertyDeclarationSyntax property:
                        names.Add(property.Identifier.ValueText);
                        break;
                    case BaseTypeDeclarationSyntax type:
                        names.Add(type.Identifier.ValueText);
                        break;
                    case DelegateDeclarationSyntax type:
                        names.Add(type.Identifier.ValueText);
                        break;
                }
            }
            return names;
        }
    }
}
