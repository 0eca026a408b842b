namespace NotebookEngine.Pipeline;

/// <summary>El nombre de un tipo como se escribe en C# (<c>int</c>, <c>List&lt;string&gt;</c>, <c>double[,]</c>).</summary>
internal static class CSharpTypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(char)] = "char",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
        [typeof(string)] = "string",
        [typeof(object)] = "object",
    };

    /// <summary>El nombre de <paramref name="type"/> en C#, sin espacio de nombres.</summary>
    public static string Of(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword))
            return keyword;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return Of(underlying) + "?";
        if (type.IsArray)
            return Of(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        var name = type.Name;
        // Los tipos declarados en una celda son anidados de la clase de su envío (Submission#3+Punto): solo el nombre.
        if (!type.IsGenericType)
            return name;
        var tick = name.IndexOf('`');
        var arguments = type.GetGenericArguments().Select(Of);
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", arguments) + ">";
    }
}
