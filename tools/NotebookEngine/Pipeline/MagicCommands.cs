using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using NotebookEngine.Scripting;

namespace NotebookEngine.Pipeline;

/// <summary>
/// Las órdenes mágicas de Polyglot que tienen sentido con C# solo, en el kernel y en el ejecutor por igual:
/// <c>#!time</c>, <c>#!who</c>, <c>#!whos</c>, <c>#!lsmagic</c>, las celdas <c>#!csharp</c> y <c>#!markdown</c>,
/// y <c>#!set</c>/<c>#!share</c> entre variables de C#. Esta etapa comprueba las de la celda (cualquier otra es un
/// error que dice cuáles hay) y escribe <c>#!set</c> y <c>#!share</c> como una declaración C# en su propia línea.
/// Lo que muestran las demás lo hace <see cref="MagicOutputs"/>.
/// </summary>
internal static partial class MagicCommands
{
    /// <summary>Cada orden con su uso y lo que hace, como las lista <c>#!lsmagic</c>.</summary>
    public static readonly IReadOnlyList<(string Usage, string Description)> Catalog =
    [
        ("#!csharp (o #!c#, #!cs)", "la celda, o lo que sigue, es C# (lo es por defecto)"),
        ("#!markdown (o #!md)", "lo que sigue en la celda es Markdown: se muestra tal cual"),
        ("#!time", "al acabar la celda, dice cuánto tardó"),
        ("#!who", "los nombres de las variables de la sesión"),
        ("#!whos", "las variables de la sesión con su tipo y su valor"),
        ("#!set --name N --value V", "declara la variable N con el texto V, o con el valor de @csharp:OTRA"),
        ("#!share --from csharp V [--as N]", "declara N con el valor de la variable V de C#"),
        ("#!lsmagic", "esta lista"),
    ];

    /// <summary>Los nombres de las órdenes que entiende, para los mensajes de error.</summary>
    public const string SupportedNames =
        "#!csharp, #!markdown, #!time, #!who, #!whos, #!set y #!share (entre variables de C#) y #!lsmagic";

    private static readonly HashSet<string> ShownNames = ["time", "who", "whos", "lsmagic", "markdown"];

    [GeneratedRegex(
        """
            "(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>\S+)
            """
    )]
    private static partial Regex Token();

    /// <summary>
    /// Comprueba las órdenes de <paramref name="source"/> y devuelve la celda con <c>#!set</c> y <c>#!share</c>
    /// escritas como C#, o el error de la primera que no se puede atender.
    /// </summary>
    public static StageResult<CellSource> Apply(CellSource source)
    {
        var lines = source.Code.Split('\n');
        foreach (var magic in source.Magics)
        {
            if (ShownNames.Contains(magic.Name))
                continue;
            var declaration = magic.Name switch
            {
                "set" => Set(Arguments(magic.Arguments)),
                "share" => Share(Arguments(magic.Arguments)),
                _ => ErrorReport.Simple(
                    "MagicNotSupported",
                    $"La orden mágica '#!{magic.Name}' de Polyglot no está disponible en este kernel, que admite "
                        + $"{SupportedNames}. Quítala de la celda o pásala a C#."
                ),
            };
            if (declaration.Failed)
                return declaration.Error!;
            lines[magic.Line] = declaration.Value!;
        }
        return source with { Code = string.Join('\n', lines) };
    }

    // #!set --name N --value V: V es un texto, o @csharp:OTRA para el valor de otra variable de C#.
    private static StageResult<string> Set(Dictionary<string, string> arguments)
    {
        if (!arguments.TryGetValue("--name", out var name) || !arguments.TryGetValue("--value", out var value))
            return Usage("#!set", "--name N --value V");
        if (!SyntaxFacts.IsValidIdentifier(name))
            return NotAnIdentifier("#!set --name", name);
        if (value.StartsWith('@'))
        {
            var (kernel, variable) = Split(value[1..]);
            if (!IsCSharp(kernel))
                return ErrorReport.Simple(
                    "MagicNotSupported",
                    $"#!set --value {value}: este kernel solo ejecuta C#, así que solo toma valores de @csharp:VARIABLE "
                        + "o un texto (sin @input, @password ni otros kernels)."
                );
            return Declaration(name, variable);
        }
        return $"var {name} = {SymbolDisplay.FormatLiteral(value, quote: true)};";
    }

    // #!share --from csharp V [--as N]: en una sola sesión de C#, es declarar N con el valor de V.
    private static StageResult<string> Share(Dictionary<string, string> arguments)
    {
        if (!arguments.TryGetValue("--from", out var kernel) || !arguments.TryGetValue("", out var variable))
            return Usage("#!share", "--from csharp VARIABLE [--as NOMBRE]");
        if (!IsCSharp(kernel))
            return ErrorReport.Simple(
                "MagicNotSupported",
                $"#!share --from {kernel}: este kernel solo ejecuta C#, así que solo comparte variables de csharp."
            );
        return Declaration(arguments.GetValueOrDefault("--as", variable), variable);
    }

    private static StageResult<string> Declaration(string name, string variable)
    {
        if (!SyntaxFacts.IsValidIdentifier(name))
            return NotAnIdentifier("el nombre", name);
        if (!SyntaxFacts.IsValidIdentifier(variable))
            return NotAnIdentifier("la variable", variable);
        // La misma variable en la misma sesión: ya está ahí, no hay nada que copiar.
        return name == variable ? "" : $"var {name} = {variable};";
    }

    // Las opciones «--nombre valor»; lo que no sigue a una opción va con la clave "".
    private static Dictionary<string, string> Arguments(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Groups["v"].Value).ToList();
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < tokens.Count)
                arguments[tokens[i]] = tokens[++i];
            else
                arguments.TryAdd("", tokens[i]);
        }
        return arguments;
    }

    private static (string Kernel, string Variable) Split(string reference) =>
        reference.IndexOf(':') is var colon and >= 0
            ? (reference[..colon], reference[(colon + 1)..])
            : ("csharp", reference);

    private static bool IsCSharp(string kernel) => kernel.ToLowerInvariant() is "csharp" or "c#" or "cs";

    private static ErrorOutput Usage(string magic, string usage) =>
        ErrorReport.Simple("MagicNotSupported", $"{magic} necesita {usage}.");

    private static ErrorOutput NotAnIdentifier(string what, string name) =>
        ErrorReport.Simple("MagicNotSupported", $"{what} debe ser un nombre de variable de C#, pero es '{name}'.");
}
