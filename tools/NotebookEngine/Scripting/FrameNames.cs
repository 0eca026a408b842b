using System.Reflection;

namespace NotebookEngine.Scripting;

/// <summary>
/// El nombre de un método de la traza tal como lo escribió quien hizo la celda. El compilador da otros: el código
/// suelto de una celda es el <c>MoveNext</c> de <c>&lt;&lt;Initialize&gt;&gt;d__0</c>, una lambda es
/// <c>&lt;Doble&gt;b__0_0</c> y una función local, <c>&lt;&lt;Initialize&gt;&gt;g__Ayuda|0_0</c>.
/// </summary>
internal static class FrameNames
{
    private const string CellCode = "<Initialize>";

    /// <summary>El nombre legible de <paramref name="method"/>, o <c>null</c> si es el código suelto de una celda.</summary>
    public static string? Of(MethodBase? method)
    {
        if (method is null)
            return "?";
        var name =
            method.Name == "MoveNext" && method.DeclaringType?.Name is { } type && type.StartsWith('<')
                ? type
                : method.Name;
        return Readable(name);
    }

    /// <summary>El nombre legible de un nombre de método o de clase generado por el compilador.</summary>
    public static string? Readable(string name)
    {
        if (name == CellCode)
            return null;
        if (!name.StartsWith('<') || OwnerEnd(name) is not { } end)
            return name;
        var owner = name[1..end];
        var suffix = name[(end + 1)..];
        if (suffix.StartsWith("g__", StringComparison.Ordinal))
            return suffix[3..].Split('|')[0];
        var readableOwner = Readable(owner);
        if (suffix.StartsWith("b__", StringComparison.Ordinal))
            return readableOwner is null ? "una lambda de la celda" : $"una lambda de {readableOwner}";
        return readableOwner; // d__: el método async o iterador mismo
    }

    // Dónde se cierra el «<» inicial (los nombres se anidan: «<<Initialize>>b__0_0»).
    private static int? OwnerEnd(string name)
    {
        var depth = 0;
        for (var i = 0; i < name.Length; i++)
        {
            depth += name[i] switch
            {
                '<' => 1,
                '>' => -1,
                _ => 0,
            };
            if (depth == 0)
                return i;
        }
        return null;
    }
}
