using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;

namespace NotebookEngine.Formatting;

/// <summary>
/// Vectores y matrices de MathNet.Numerics con su <c>ToMatrixString()</c>/<c>ToVectorString()</c>: los valores en
/// columnas, sin la cabecera de tipo de <c>ToString()</c>. Por nombre de tipo y reflexión: el motor no depende de
/// MathNet, la versión es la que cargue el cuaderno.
/// </summary>
internal sealed class MathNetFormatter : IValueFormatter
{
    private const string LinearAlgebraNamespace = "MathNet.Numerics.LinearAlgebra";

    public bool TryFormat(object value, IDictionary<string, JsonNode> data)
    {
        var generic = LinearAlgebraBase(value.GetType());
        if (generic is null)
            return false;
        var isMatrix = generic.Name == "Matrix`1";
        // Las sobrecargas sin límites de filas tienen solo parámetros opcionales (format, provider): se llaman con sus
        // valores por defecto.
        var method = value
            .GetType()
            .GetMethods()
            .Where(m =>
                m.Name == (isMatrix ? "ToMatrixString" : "ToVectorString") && m.GetParameters().All(p => p.IsOptional)
            )
            .MinBy(m => m.GetParameters().Length);
        if (method?.Invoke(value, method.GetParameters().Select(p => p.DefaultValue).ToArray()) is not string body)
            return false;
        var header = Header(value, isMatrix, generic.GetGenericArguments()[0].Name);
        data[ValueFormatter.PlainTextMime] = $"{header}\n{body.TrimEnd()}";
        data["text/html"] =
            $"<div><em>{WebUtility.HtmlEncode(header)}</em><pre>{WebUtility.HtmlEncode(body.TrimEnd())}</pre></div>";
        return true;
    }

    private static Type? LinearAlgebraBase(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (
                current.IsGenericType
                && current.Namespace == LinearAlgebraNamespace
                && current.Name is "Matrix`1" or "Vector`1"
            )
                return current;
        }
        return null;
    }

    private static string Header(object value, bool isMatrix, string element)
    {
        var type = value.GetType();
        if (isMatrix)
        {
            var rows = type.GetProperty("RowCount", BindingFlags.Instance | BindingFlags.Public)?.GetValue(value);
            var columns = type.GetProperty("ColumnCount", BindingFlags.Instance | BindingFlags.Public)?.GetValue(value);
            return $"Matriz {rows}×{columns} de {element}";
        }
        var count = type.GetProperty("Count", BindingFlags.Instance | BindingFlags.Public)?.GetValue(value);
        return $"Vector de {count} {element}";
    }
}
