using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace NotebookEngine.Cancellation;

/// <summary>
/// Inserta comprobaciones de cancelación en el código de una celda, en cada sitio por donde C# puede dar vueltas:
/// la cabeza de cada bucle (<see cref="CellCancellation.ThrowIfRequested"/>), cada <c>goto</c>, y la entrada de cada
/// método, función local, constructor, operador, accesor y lambda, con cuerpo de bloque o de expresión
/// (<see cref="CellCancellation.Enter"/>, que además corta una recursión sin fin antes de que desborde la pila).
/// Así se paran también la recursión, los iteradores que consume LINQ y las lambdas que llama una biblioteca.
/// <para>
/// Se recorre el árbol sintáctico y se edita el texto en esos puntos, en vez de reescribir el árbol: así se sabe qué
/// se añadió y dónde, y cada error vuelve a la línea y columna que escribió el usuario. Nada de lo añadido lleva
/// saltos de línea.
/// </para>
/// <para>
/// Una lambda de expresión (<c>x =&gt; x * 2</c>) pasa a <c>x =&gt; { comprobación; return x * 2; }</c>; si el
/// compilador no la acepta así (era un <c>Action</c>, o un árbol de expresión), quien compila pide otra forma con
/// el parámetro <c>lambdaForms</c> de <see cref="Inject"/> (ver <see cref="LambdaForm"/>).
/// </para>
/// </summary>
internal static class CancellationInjector
{
    /// <summary>El código instrumentado, el mapa a las posiciones originales y dónde están sus lambdas de expresión.</summary>
    public static Instrumented Inject(
        string code,
        int slot,
        CSharpParseOptions parseOptions,
        IReadOnlyDictionary<int, LambdaForm>? lambdaForms = null
    )
    {
        var tree = CSharpSyntaxTree.ParseText(code, parseOptions);
        var finder = new EditFinder(slot, lambdaForms ?? new Dictionary<int, LambdaForm>());
        finder.Visit(tree.GetRoot());
        // Varios textos en el mismo punto (dos bucles sin llaves que terminan juntos: "}}") se funden en uno.
        var edits = finder
            .Edits.GroupBy(e => (e.Position, e.Removed))
            .OrderBy(g => g.Key.Position)
            .ThenBy(g => g.Key.Removed)
            .Select(g => new Edit(g.Key.Position, g.Key.Removed, string.Concat(g.Select(e => e.Text))))
            .ToList();
        var changes = edits.Select(e => new TextChange(new TextSpan(e.Position, e.Removed), e.Text));
        return new Instrumented(
            SourceText.From(code).WithChanges(changes).ToString(),
            new PositionMap(edits),
            finder.Lambdas
        );
    }

    private sealed class EditFinder(int slot, IReadOnlyDictionary<int, LambdaForm> lambdaForms) : CSharpSyntaxWalker
    {
        private readonly string _check =
            $"global::NotebookEngine.Cancellation.CellCancellation.ThrowIfRequested({slot});";
        private readonly string _enter = $"global::NotebookEngine.Cancellation.CellCancellation.Enter({slot});";

        public List<Edit> Edits { get; } = [];

        public List<TextSpan> Lambdas { get; } = [];

        // Un solo punto de entrada para todos los sitios por donde se puede dar vueltas; luego se sigue bajando.
        public override void Visit(SyntaxNode? node)
        {
            switch (node)
            {
                case ForStatementSyntax loop:
                    AtLoopBody(loop.Statement);
                    break;
                case CommonForEachStatementSyntax loop:
                    AtLoopBody(loop.Statement);
                    break;
                case WhileStatementSyntax loop:
                    AtLoopBody(loop.Statement);
                    break;
                case DoStatementSyntax loop:
                    AtLoopBody(loop.Statement);
                    break;
                case GotoStatementSyntax jump: // «L: goto L;» da vueltas sin ser un bucle
                    Wrap(jump, _check);
                    break;
                case MethodDeclarationSyntax m:
                    AtMember(m.Body, m.ExpressionBody, m.SemicolonToken, IsVoidLike(m.ReturnType, m.Modifiers));
                    break;
                case LocalFunctionStatementSyntax f:
                    AtMember(f.Body, f.ExpressionBody, f.SemicolonToken, IsVoidLike(f.ReturnType, f.Modifiers));
                    break;
                case ConstructorDeclarationSyntax or DestructorDeclarationSyntax:
                    var member = (BaseMethodDeclarationSyntax)node;
                    AtMember(member.Body, member.ExpressionBody, member.SemicolonToken, voidLike: true);
                    break;
                case OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax:
                    var op = (BaseMethodDeclarationSyntax)node;
                    AtMember(op.Body, op.ExpressionBody, op.SemicolonToken, voidLike: false);
                    break;
                case AccessorDeclarationSyntax accessor:
                    var returnsValue = accessor.Keyword.IsKind(SyntaxKind.GetKeyword);
                    AtMember(accessor.Body, accessor.ExpressionBody, accessor.SemicolonToken, voidLike: !returnsValue);
                    break;
                case PropertyDeclarationSyntax property: // «int P => expr;» pasa a «int P {get{entrada;return expr;}}»
                    AtExpressionProperty(property.ExpressionBody, property.SemicolonToken, property.Type);
                    break;
                case IndexerDeclarationSyntax indexer:
                    AtExpressionProperty(indexer.ExpressionBody, indexer.SemicolonToken, indexer.Type);
                    break;
                case LambdaExpressionSyntax lambda:
                    AtLambda(lambda, lambda.Block, lambda.ExpressionBody);
                    break;
                case AnonymousMethodExpressionSyntax anonymous:
                    AtBlock(anonymous.Block, _enter);
                    break;
            }
            base.Visit(node);
        }

        private void AtLoopBody(StatementSyntax body)
        {
            if (body is BlockSyntax block)
                AtBlock(block, _check);
            else
                Wrap(body, _check); // un cuerpo sin llaves se envuelve para que la comprobación se repita en cada vuelta
        }

        private void AtMember(
            BlockSyntax? body,
            ArrowExpressionClauseSyntax? arrow,
            SyntaxToken semicolon,
            bool voidLike
        )
        {
            if (body is not null)
                AtBlock(body, _enter);
            else if (arrow is not null && !semicolon.IsMissing && arrow.Expression is not RefExpressionSyntax)
            {
                Replace(arrow.ArrowToken, "{" + _enter + (voidLike ? "" : "return "));
                Insert(semicolon.Span.End, "}");
            }
        }

        private void AtExpressionProperty(ArrowExpressionClauseSyntax? arrow, SyntaxToken semicolon, TypeSyntax type)
        {
            if (arrow is null || semicolon.IsMissing || type is RefTypeSyntax)
                return;
            Replace(arrow.ArrowToken, "{get{" + _enter + "return ");
            Insert(semicolon.Span.End, "}}");
        }

        private void AtLambda(LambdaExpressionSyntax lambda, BlockSyntax? block, ExpressionSyntax? body)
        {
            if (block is not null)
            {
                AtBlock(block, _enter);
                return;
            }
            if (body is null || body is RefExpressionSyntax)
                return;
            var form = lambdaForms.GetValueOrDefault(lambda.SpanStart, LambdaForm.Return);
            if (form == LambdaForm.Untouched)
                return;
            Lambdas.Add(lambda.Span);
            Insert(body.SpanStart, "{" + _enter + (form == LambdaForm.Return ? "return " : ""));
            Insert(body.Span.End, ";}");
        }

        private void AtBlock(BlockSyntax block, string text)
        {
            if (!block.OpenBraceToken.IsMissing)
                Insert(block.OpenBraceToken.Span.End, text);
        }

        private void Wrap(SyntaxNode node, string text)
        {
            Insert(node.SpanStart, "{" + text);
            Insert(node.Span.End, "}");
        }

        private void Insert(int position, string text) => Edits.Add(new Edit(position, 0, text));

        private void Replace(SyntaxToken token, string text) =>
            Edits.Add(new Edit(token.SpanStart, token.Span.Length, text));

        // void, o un método async que devuelve Task o ValueTask sin valor: su cuerpo de expresión no lleva return.
        private static bool IsVoidLike(TypeSyntax returnType, SyntaxTokenList modifiers) =>
            returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword }
            || (
                modifiers.Any(SyntaxKind.AsyncKeyword)
                && returnType is IdentifierNameSyntax or QualifiedNameSyntax
                && returnType.ToString().Split('.')[^1] is "Task" or "ValueTask"
            );
    }
}
