using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;

namespace NotebookEngine.Editing;

/// <summary>Las completaciones de Roslyn en una posición de la celda, ya filtradas por lo que se lleva escrito.</summary>
internal static class CodeCompleter
{
    /// <summary>
    /// Lo que puede ir en <paramref name="position"/> (índice UTF-16): los nombres que empiezan (sin distinguir
    /// mayúsculas) por lo escrito desde el inicio de la palabra, y el tramo que sustituyen.
    /// </summary>
    public static async Task<CompletionResult> CompleteAsync(
        Document document,
        int position,
        CancellationToken cancellationToken = default
    )
    {
        var service =
            CompletionService.GetService(document)
            ?? throw new InvalidOperationException(
                "Roslyn no ofrece servicio de completado para C# (¿falta Microsoft.CodeAnalysis.CSharp.Features?)."
            );
        var list = await service
            .GetCompletionsAsync(document, position, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var span = list.Span;
        var typed = text.ToString(
            Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(span.Start, Math.Max(span.Start, position))
        );
        var items = list
            .ItemsList
            // Los tipos de espacios de nombres no importados llevan el espacio de nombres como descripción: el editor
            // añadiría el using, pero en una celda solo se insertaría el nombre y no compilaría.
            .Where(item => string.IsNullOrEmpty(item.InlineDescription))
            .Where(item => item.FilterText.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(item => item.SortText, StringComparer.OrdinalIgnoreCase)
            .Select(item => new CompletionMatch(InsertionText(item), Kind(item)))
            .DistinctBy(match => match.Text)
            .ToList();
        return new CompletionResult(items, span.Start, span.End);
    }

    // El texto que se inserta: para genéricos Roslyn muestra "List<>" pero escribe "List".
    private static string InsertionText(CompletionItem item) =>
        item.Properties.TryGetValue("InsertionText", out var insertion) && !string.IsNullOrEmpty(insertion)
            ? insertion
            : item.DisplayText;

    // Las etiquetas de Roslyn (WellKnownTags) a los tipos que JupyterLab dibuja como iconos.
    private static string Kind(CompletionItem item)
    {
        foreach (var tag in item.Tags)
        {
            switch (tag)
            {
                case "Method" or "ExtensionMethod":
                    return "method";
                case "Class" or "Structure" or "Record" or "RecordStruct" or "Delegate":
                    return "class";
                case "Interface":
                    return "interface";
                case "Enum":
                    return "enum";
                case "EnumMember" or "Constant":
                    return "constant";
                case "Property":
                    return "property";
                case "Field":
                    return "field";
                case "Event":
                    return "event";
                case "Local" or "Parameter" or "RangeVariable":
                    return "variable";
                case "Namespace":
                    return "module";
                case "Keyword" or "Intrinsic":
                    return "keyword";
                case "TypeParameter":
                    return "type";
                case "Snippet":
                    return "snippet";
            }
        }
        return "text";
    }
}

/// <summary>Una completación: lo que se inserta y de qué clase es (método, clase, variable...).</summary>
public sealed record CompletionMatch(string Text, string Kind);

/// <summary>Las completaciones y el tramo (índices UTF-16) que reemplaza cualquiera de ellas.</summary>
public sealed record CompletionResult(IReadOnlyList<CompletionMatch> Matches, int Start, int End);
