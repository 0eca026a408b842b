using System.Collections;
using System.Text;
using System.Text.Json.Nodes;

namespace NotebookEngine.Formatting;

/// <summary>
/// Arrays, listas y diccionarios como <c>[1, 2, 3]</c> en vez del <c>System.Int32[]</c> de <c>ToString()</c>.
/// Solo si el tipo no redefine <c>ToString()</c>. Muestra como mucho <see cref="MaxItems"/> elementos.
/// </summary>
internal sealed class CollectionFormatter : IValueFormatter
{
    /// <summary>Elementos que se muestran antes de cortar con "…".</summary>
    public const int MaxItems = 50;

    public bool TryFormat(object value, IDictionary<string, JsonNode> data)
    {
        if (value is string || value is not IEnumerable items || OverridesToString(value.GetType()))
            return false;
        var text = new StringBuilder("[");
        var count = 0;
        foreach (var item in items)
        {
            if (count > 0)
                text.Append(", ");
            if (count == MaxItems)
            {
                text.Append('…');
                break;
            }
            text.Append(item is IEnumerable and not string ? Nested(item) : ValueFormatter.PlainText(item));
            count++;
        }
        data[ValueFormatter.PlainTextMime] = text.Append(']').ToString();
        return true;
    }

    private string Nested(object item)
    {
        var nested = new Dictionary<string, JsonNode>();
        return TryFormat(item, nested)
            ? nested[ValueFormatter.PlainTextMime].GetValue<string>()
            : ValueFormatter.PlainText(item);
    }

    private static bool OverridesToString(Type type) =>
        type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType is { } declaring
        && declaring != typeof(object)
        && declaring != typeof(ValueType);
}
