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

        public override void VisitForStatement(ForStatementSyntax node)
        {
            AtLoopBody(node.Statement);
            base.VisitForStatement(node);
        }

        public override void VisitForEachStatement(ForEachStatementSyntax node)
        {
            AtLoopBody(node.Statement);
            base.VisitForEachStatement(node);
        }

        public override void VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
        {
            AtLoopBody(node.Statement);
            base.VisitForEachVariableStatement(node);
        }

        public override void VisitWhileStatement(WhileStatementSyntax node)
        {
            AtLoopBody(node.Statement);
            base.VisitWhileStatement(node);
        }

        public override void VisitDoStatement(DoStatementSyntax node)
        {
            AtLoopBody(node.Statement);
            base.VisitDoStatement(node);
        }

        // «L: goto L;» da vueltas sin ser un bucle: la comprobación va delante de cada salto.
        public override void VisitGotoStatement(GotoStatementSyntax node)
        {
            Wrap(node, _check);
            base.VisitGotoStatement(node);
        }

        public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            AtMember(node.Body, node.ExpressionBody, node.SemicolonToken, IsVoidLike(node.ReturnType, node.Modifiers));
            base.VisitMethodDeclaration(node);
        }

        public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
        {
            AtMember(node.Body, node.ExpressionBody, node.SemicolonToken, IsVoidLike(node.ReturnType, node.Modifiers));
            base.VisitLocalFunctionStatement(node);
        }

        public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
        {
            AtMember(node.Body, node.ExpressionBody, node.SemicolonToken, voidLike: true);
            base.VisitConstructorDeclaration(node);
        }

        public override void VisitDestructorDeclaration(DestructorDeclarationSyntax node)
        {
            AtMember(node.Body, node.ExpressionBody, node.SemicolonToken, voidLike: true);
            base.VisitDestructorDeclaration(node);
        }

        public override void VisitOperatorDeclaration(OperatorDeclarationSyntax node)
        {
            AtMember(node.Body, node.ExpressionBody, node.SemicolonToken, voidLike: false);
            base.VisitOperatorDeclaration(node);
        }

        public override void VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
        {
            AtMember(node.Body, node.ExpressionBody, node.SemicolonToken, voidLike: false);
            base.VisitConversionOperatorDeclaration(node);
        }

        public override void VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        {
            var returnsValue = node.Keyword.IsKind(SyntaxKind.GetKeyword);
            AtMember(node.Body, node.ExpressionBody, node.SemicolonToken, voidLike: !returnsValue);
            base.VisitAccessorDeclaration(node);
        }

        // «int P => expr;» pasa a «int P {get{entrada;return expr;}}».
        public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        {
            AtExpressionProperty(node.ExpressionBody, node.SemicolonToken, node.Type);
            base.VisitPropertyDeclaration(node);
        }

        public override void VisitIndexerDeclaration(IndexerDeclarationSyntax node)
        {
            AtExpressionProperty(node.ExpressionBody, node.SemicolonToken, node.Type);
            base.VisitIndexerDeclaration(node);
        }

        public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
        {
            AtLambda(node, node.Block, node.ExpressionBody);
            base.VisitParenthesizedLambdaExpression(node);
        }

        public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
        {
            AtLambda(node, node.Block, node.ExpressionBody);
            base.VisitSimpleLambdaExpression(node);
        }

        public override void VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
        {
            AtBlock(node.Block, _enter);
            base.VisitAnonymousMethodExpression(node);
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
