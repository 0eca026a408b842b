using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;

namespace NotebookEngine.Formatting;

/// <summary>
/// La convención con la que una biblioteca se formatea en cuadernos sin depender de .NET Interactive (la usa
/// TorchSharp para sus tensores): su tipo lleva un atributo llamado <c>TypeFormatterSourceAttribute</c> con un
/// <c>Type FormatterSourceType</c>; una instancia de ese tipo tiene <c>CreateTypeFormatters()</c>, que devuelve objetos
/// con <c>string MimeType</c> y <c>bool Format(object, TextWriter)</c>. Todo por reflexión y por nombre.
/// </summary>
internal sealed class TypeFormatterSourceFormatter : IValueFormatter
{
    private const string AttributeName = "TypeFormatterSourceAttribute";
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<object>> FormattersByType = new();

    public bool TryFormat(object value, IDictionary<string, JsonNode> data)
    {
        var formatters = FormattersByType.GetOrAdd(value.GetType(), FindFormatters);
        var any = false;
        foreach (var formatter in formatters)
        {
            var type = formatter.GetType();
            var mimeType = type.GetProperty("MimeType")?.GetValue(formatter) as string;
            var format = type.GetMethod("Format", [typeof(object), typeof(TextWriter)]);
            if (mimeType is null || format is null || data.ContainsKey(mimeType))
                continue;
            using var writer = new StringWriter();
            if (format.Invoke(formatter, [value, writer]) is true)
            {
                data[mimeType] = writer.ToString();
                any = true;
            }
        }
        return any;
    }

    private static IReadOnlyList<object> FindFormatters(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var attribute in current.GetCustomAttributes(inherit: false))
            {
                var attributeType = attribute.GetType();
                if (attributeType.Name != AttributeName)
                    continue;
                if (attributeType.GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType)
                    continue;
                var source = Activator.CreateInstance(sourceType, nonPublic: true);
                var create = sourceType.GetMethod(
                    "CreateTypeFormatters",
                    BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic
                );
                if (source is not null && create?.Invoke(source, null) is IEnumerable formatters)
                    return formatters.Cast<object>().ToList();
            }
        }
        return [];
    }
}
