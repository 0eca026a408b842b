using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace NotebookEngine.Cancellation;

/// <summary>
/// Inserta <see cref="CellCancellation.ThrowIfRequested"/> al principio de cada bucle y de cada cuerpo de método,
/// función local, constructor, accesor y lambda con bloque.
/// <para>
/// Se recorre el árbol sintáctico para encontrar los puntos y se inserta texto en ellos, en vez de reescribir el árbol
/// con un <c>CSharpSyntaxRewriter</c>: así se sabe exactamente cuántos caracteres se añadieron en cada sitio y se
/// puede devolver cada error a la línea y columna que escribió el usuario. Lo insertado nunca lleva saltos de línea.
/// </para>
/// </summary>
internal static class CancellationInjector
{
    /// <summary>Devuelve el código instrumentado y el mapa para volver a las posiciones originales.</summary>
    public static (string Code, PositionMap Map) Inject(string code, int slot, CSharpParseOptions parseOptions)
    {
        var tree = CSharpSyntaxTree.ParseText(code, parseOptions);
        var check = $"global::NotebookEngine.Cancellation.CellCancellation.ThrowIfRequested({slot});";
        var walker = new InsertionFinder(check);
        walker.Visit(tree.GetRoot());
        // Varios textos en el mismo punto (dos bucles sin llaves que terminan juntos: "}}") se funden en uno.
        var insertions = walker
            .Insertions.GroupBy(i => i.Position)
            .OrderBy(g => g.Key)
            .Select(g => new Insertion(g.Key, string.Concat(g.Select(i => i.Text))))
            .ToList();
        var text = SourceText.From(code);
        var changes = insertions.Select(i => new TextChange(new TextSpan(i.Position, 0), i.Text));
        return (text.WithChanges(changes).ToString(), new PositionMap(insertions));
    }

    private sealed class InsertionFinder(string check) : CSharpSyntaxWalker
    {
        public List<Insertion> Insertions { get; } = [];

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

        public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            AtBlock(node.Body);
            base.VisitMethodDeclaration(node);
        }

        public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
        {
            AtBlock(node.Body);
            base.VisitLocalFunctionStatement(node);
        }

        public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
        {
            AtBlock(node.Body);
            base.VisitConstructorDeclaration(node);
        }

        public override void VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        {
            AtBlock(node.Body);
            base.VisitAccessorDeclaration(node);
        }

        public override void VisitOperatorDeclaration(OperatorDeclarationSyntax node)
        {
            AtBlock(node.Body);
            base.VisitOperatorDeclaration(node);
        }

        public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
        {
            AtBlock(node.Block);
            base.VisitParenthesizedLambdaExpression(node);
        }

        public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
        {
            AtBlock(node.Block);
            base.VisitSimpleLambdaExpression(node);
        }

        public override void VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
        {
            AtBlock(node.Block);
            base.VisitAnonymousMethodExpression(node);
        }

        private void AtLoopBody(StatementSyntax body)
        {
            if (body is BlockSyntax block)
            {
                AtBlock(block);
                return;
            }
            // Un cuerpo sin llaves se envuelve en un bloque para que la comprobación se repita en cada vuelta.
            Insertions.Add(new Insertion(body.SpanStart, "{" + check));
            Insertions.Add(new Insertion(body.Span.End, "}"));
        }

        private void AtBlock(BlockSyntax? block)
        {
            if (block is not null && !block.OpenBraceToken.IsMissing)
                Insertions.Add(new Insertion(block.OpenBraceToken.Span.End, check));
        }
    }
}

/// <summary>Un texto insertado en la posición <paramref name="Position"/> del código original.</summary>
internal sealed record Insertion(int Position, string Text);

/// <summary>Convierte posiciones del código instrumentado en posiciones del código que escribió el usuario.</summary>
internal sealed class PositionMap(IReadOnlyList<Insertion> insertions)
{
    /// <summary>Un mapa sin inserciones (la identidad).</summary>
    public static PositionMap Identity { get; } = new([]);

    /// <summary>La posición original; una posición dentro de un texto insertado va al punto de inserción.</summary>
    public int ToOriginal(int instrumentedPosition)
    {
        var shift = 0;
        foreach (var insertion in insertions)
        {
            var start = insertion.Position + shift;
            if (instrumentedPosition < start)
                break;
            if (instrumentedPosition < start + insertion.Text.Length)
                return insertion.Position;
            shift += insertion.Text.Length;
        }
        return instrumentedPosition - shift;
    }

    /// <summary>Si la posición instrumentada cae dentro de un texto insertado por el motor.</summary>
    public bool IsInserted(int instrumentedPosition)
    {
        var shift = 0;
        foreach (var insertion in insertions)
        {
            var start = insertion.Position + shift;
            if (instrumentedPosition < start)
                return false;
            if (instrumentedPosition < start + insertion.Text.Length)
                return true;
            shift += insertion.Text.Length;
        }
        return false;
    }
}
