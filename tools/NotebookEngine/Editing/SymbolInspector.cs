using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotebookEngine.Editing;

/// <summary>La firma y la documentación del símbolo bajo el cursor (<c>inspect_request</c>).</summary>
internal static class SymbolInspector
{
    // Como la información rápida del editor: "void Console.WriteLine(string? value)".
    private static readonly SymbolDisplayFormat Signature = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters
            | SymbolDisplayGenericsOptions.IncludeTypeConstraints,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters
            | SymbolDisplayMemberOptions.IncludeType
            | SymbolDisplayMemberOptions.IncludeContainingType
            | SymbolDisplayMemberOptions.IncludeRef
            | SymbolDisplayMemberOptions.IncludeConstantValue,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType
            | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue
            | SymbolDisplayParameterOptions.IncludeParamsRefOut
            | SymbolDisplayParameterOptions.IncludeExtensionThis,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        localOptions: SymbolDisplayLocalOptions.IncludeType,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword | SymbolDisplayKindOptions.IncludeNamespaceKeyword,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes
            | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier
    );

    private const int MaxOverloads = 20;

    /// <summary>
    /// La información del símbolo en <paramref name="position"/> (índice UTF-16), o del que termina justo ahí; si
    /// no hay ninguno y el cursor está entre los paréntesis de una llamada (<c>Math.Sqrt(|</c>, <c>f(1, |</c>,
    /// <c>new Random(|</c>), la del método o constructor que se llama, como muestra Jupyter con Mayús+Tab.
    /// Con un grupo de métodos sobrecargados se listan las sobrecargas. <c>null</c> si no hay símbolo.
    /// </summary>
    public static async Task<Inspection?> InspectAsync(
        Document document,
        int position,
        CancellationToken cancellationToken = default
    )
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || root is null)
            return null;
        foreach (var candidate in new[] { position, position - 1 })
        {
            if (candidate < 0 || candidate >= root.FullSpan.End)
                continue;
            var token = root.FindToken(candidate);
            if (!token.IsKind(SyntaxKind.IdentifierToken) && !token.IsKeyword())
                continue;
            var symbols = SymbolsAt(model, token, cancellationToken);
            if (symbols.Count > 0)
                return Describe(symbols);
        }
        var called = CalledSymbols(model, root, position, cancellationToken);
        return called.Count > 0 ? Describe(called) : null;
    }

    // Los métodos (o constructores) de la llamada más interior cuyos paréntesis rodean al cursor, todas las
    // sobrecargas: tras «(» la llamada está a medias y el compilador aún no puede elegir una.
    private static List<ISymbol> CalledSymbols(
        SemanticModel model,
        SyntaxNode root,
        int position,
        CancellationToken cancellationToken
    )
    {
        var token = root.FindToken(Math.Clamp(position - 1, 0, Math.Max(0, root.FullSpan.End - 1)));
        var arguments = token
            .Parent?.AncestorsAndSelf()
            .OfType<ArgumentListSyntax>()
            .FirstOrDefault(list => ArgumentsContain(list, position));
        switch (arguments?.Parent)
        {
            case InvocationExpressionSyntax invocation:
                var group = model.GetMemberGroup(invocation.Expression, cancellationToken);
                if (!group.IsEmpty)
                    return [.. group];
                var info = model.GetSymbolInfo(invocation.Expression, cancellationToken);
                return info.Symbol is { } symbol ? [symbol] : [.. info.CandidateSymbols];
            case BaseObjectCreationExpressionSyntax creation
                when model.GetTypeInfo(creation, cancellationToken).Type
                    is INamedTypeSymbol { TypeKind: not TypeKind.Error } type:
                return [.. type.InstanceConstructors.Where(c => !c.IsImplicitlyDeclared || c.Parameters.Length == 0)];
            default:
                return [];
        }
    }

    // Entre el paréntesis que abre y el que cierra (si ya está escrito).
    private static bool ArgumentsContain(ArgumentListSyntax list, int position) =>
        position >= list.OpenParenToken.Span.End
        && (list.CloseParenToken.IsMissing || position <= list.CloseParenToken.SpanStart);

    private static List<ISymbol> SymbolsAt(SemanticModel model, SyntaxToken token, CancellationToken cancellationToken)
    {
        var node = token.Parent;
        if (node is null)
            return [];
        if (model.GetDeclaredSymbol(node, cancellationToken) is { } declared)
            return [declared];
        var info = model.GetSymbolInfo(node, cancellationToken);
        if (info.Symbol is { } symbol)
            return [symbol];
        if (!info.CandidateSymbols.IsEmpty)
            return [.. info.CandidateSymbols];
        if (model.GetTypeInfo(node, cancellationToken).Type is { TypeKind: not TypeKind.Error } type)
            return [type];
        return [];
    }

    private static Inspection Describe(IReadOnlyList<ISymbol> symbols)
    {
        var signatures = symbols.Take(MaxOverloads).Select(s => s.ToDisplayString(Signature)).ToList();
        if (symbols.Count > MaxOverloads)
            signatures.Add($"(+{symbols.Count - MaxOverloads} sobrecargas más)");
        var doc = Documentation(symbols[0]);
        var plain = new StringBuilder().AppendJoin('\n', signatures);
        var markdown = new StringBuilder("```csharp\n").AppendJoin('\n', signatures).Append("\n```\n");
        if (doc.Length > 0)
        {
            plain.Append("\n\n").Append(doc);
            markdown.Append('\n').Append(doc).Append('\n');
        }
        return new Inspection(plain.ToString(), markdown.ToString());
    }

    // El resumen, los parámetros y el valor devuelto del XML de documentación, en texto.
    private static string Documentation(ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml(expandIncludes: true);
        if (string.IsNullOrWhiteSpace(xml))
            return "";
        XElement root;
        try
        {
            root = XElement.Parse(xml);
        }
        catch (System.Xml.XmlException)
        {
            return "";
        }
        var text = new StringBuilder(Flatten(root.Element("summary")));
        foreach (var parameter in root.Elements("param"))
            text.Append($"\n- {parameter.Attribute("name")?.Value}: {Flatten(parameter)}");
        if (root.Element("returns") is { } returns)
            text.Append($"\n\nDevuelve: {Flatten(returns)}");
        return text.ToString().Trim();
    }

    // <see cref="T:System.String"/> → String; <paramref name="x"/> → x; espacios colapsados.
    private static string Flatten(XElement? element)
    {
        if (element is null)
            return "";
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(
                node switch
                {
                    XText t => t.Value,
                    XElement { Name.LocalName: "see" or "seealso" } e => e.Attribute("langword")?.Value
                        ?? ShortName(e.Attribute("cref")?.Value)
                        ?? e.Value,
                    XElement { Name.LocalName: "paramref" or "typeparamref" } e => e.Attribute("name")?.Value ?? "",
                    XElement e => Flatten(e),
                    _ => "",
                }
            );
        }
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? ShortName(string? cref)
    {
        if (cref is null)
            return null;
        var name = cref.Contains(':') ? cref[(cref.IndexOf(':') + 1)..] : cref;
        var paren = name.IndexOf('(');
        if (paren >= 0)
            name = name[..paren];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}

/// <summary>La información de un símbolo, en texto y en markdown (con la firma como bloque de código).</summary>
public sealed record Inspection(string PlainText, string Markdown);
