using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Scripting;
using NotebookEngine.Formatting;

namespace NotebookEngine.Pipeline;

/// <summary>
/// Lo que muestran las órdenes mágicas (ver <see cref="MagicCommands"/>): las variables de la sesión
/// (<c>#!who</c>, <c>#!whos</c>), la lista de órdenes (<c>#!lsmagic</c>), un trozo Markdown y el tiempo de la celda
/// (<c>#!time</c>).
/// </summary>
internal static class MagicOutputs
{
    // El valor de cada variable en #!whos: una línea, y no más larga que esto.
    private const int MaxValueLength = 80;

    // Para #!whos basta el texto de colecciones y ToString(): ni gráficos ni imágenes.
    private static readonly ValueFormatter PlainFormatter = new([new CollectionFormatter(), new PlainTextFormatter()]);

    /// <summary>La salida de la orden <paramref name="magic"/> con la sesión en <paramref name="state"/>, o <c>null</c>.</summary>
    public static CellOutput? For(Scripting.MagicLine magic, ScriptState<object>? state) =>
        magic.Name switch
        {
            "who" => Who(Variables(state)),
            "whos" => Whos(Variables(state)),
            "lsmagic" => List(),
            "markdown" => Display(("text/markdown", magic.Arguments), ("text/plain", magic.Arguments)),
            _ => null,
        };

    /// <summary>Cuánto tardó la celda (<c>#!time</c>).</summary>
    public static CellOutput Time(TimeSpan elapsed) =>
        Display(
            (
                "text/plain",
                $"Tiempo transcurrido: {elapsed.TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture)} ms"
            )
        );

    /// <summary>Las variables de la sesión, la última declaración de cada nombre, en el orden en que aparecieron.</summary>
    public static IReadOnlyList<ScriptVariable> Variables(ScriptState<object>? state)
    {
        if (state is null)
            return [];
        var latest = new Dictionary<string, ScriptVariable>(StringComparer.Ordinal);
        foreach (var variable in state.Variables)
            latest[variable.Name] = variable;
        return [.. state.Variables.Select(v => v.Name).Distinct().Select(n => latest[n])];
    }

    private static CellOutput Who(IReadOnlyList<ScriptVariable> variables) =>
        Display(("text/plain", variables.Count == 0 ? NoVariables : string.Join('\t', variables.Select(v => v.Name))));

    private static CellOutput Whos(IReadOnlyList<ScriptVariable> variables)
    {
        if (variables.Count == 0)
            return Display(("text/plain", NoVariables));
        string[] header = ["Variable", "Tipo", "Valor"];
        var rows = variables.Select(v => new[] { v.Name, CSharpTypeNames.Of(v.Type), Value(v.Value) }).ToList();
        var widths = Enumerable
            .Range(0, 2)
            .Select(c => rows.Max(r => r[c].Length))
            .Select((w, c) => Math.Max(w, header[c].Length))
            .ToArray();
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
            text.Append(row[0].PadRight(widths[0] + 2)).Append(row[1].PadRight(widths[1] + 2)).AppendLine(row[2]);
        var html = new StringBuilder(
            "<table><thead><tr><th>Variable</th><th>Tipo</th><th>Valor</th></tr></thead><tbody>"
        );
        foreach (var row in rows)
            html.Append("<tr>")
                .AppendJoin("", row.Select(cell => $"<td>{WebUtility.HtmlEncode(cell)}</td>"))
                .Append("</tr>");
        html.Append("</tbody></table>");
        return Display(("text/plain", text.ToString().TrimEnd()), ("text/html", html.ToString()));
    }

    private static CellOutput List()
    {
        var width = MagicCommands.Catalog.Max(m => m.Usage.Length) + 2;
        var text = new StringBuilder("Órdenes mágicas de Polyglot que entiende este kernel:\n");
        foreach (var (usage, description) in MagicCommands.Catalog)
            text.Append("  ").Append(usage.PadRight(width)).AppendLine(description);
        text.Append(
            "Y las directivas de C#: #r \"nuget: Paquete, versión\", #i \"nuget: fuente\", #r \"fichero.dll\" y #load \"fichero.csx\"."
        );
        return Display(("text/plain", text.ToString()));
    }

    private const string NoVariables = "No hay variables en la sesión.";

    private static string Value(object? value)
    {
        var text = PlainFormatter
            .Format(value, mimeTypes: null, isResult: true)[ValueFormatter.PlainTextMime]
            .GetValue<string>()
            .ReplaceLineEndings(" ");
        return text.Length <= MaxValueLength ? text : text[..(MaxValueLength - 1)] + "…";
    }

    private static DisplayOutput Display(params (string Mime, string Text)[] data) =>
        new(data.ToDictionary(d => d.Mime, d => (JsonNode)JsonValue.Create(d.Text)));
}
