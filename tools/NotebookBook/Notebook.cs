using System.Text.Json.Nodes;

namespace NotebookBook;

/// <summary>Un cuaderno nbformat 4 ya leído: de dónde viene, su nombre (el del archivo, sin extensión) y sus celdas.</summary>
internal sealed record Notebook(string Path, string Name, string DefaultLanguage, IReadOnlyList<Cell> Cells);

/// <summary>Una celda del cuaderno.</summary>
internal abstract record Cell(string Source);

/// <summary>Texto en Markdown; <paramref name="Attachments"/> va de nombre de adjunto a URI <c>data:</c>.</summary>
internal sealed record MarkdownCell(string Source, IReadOnlyDictionary<string, string> Attachments) : Cell(Source);

/// <summary>Código con su lenguaje (<c>csharp</c>, <c>fsharp</c>...), su número de ejecución y sus salidas en orden.</summary>
internal sealed record CodeCell(string Source, string Language, int? ExecutionCount, IReadOnlyList<Output> Outputs)
    : Cell(Source);

/// <summary>Una celda <c>raw</c>: se muestra tal cual, sin interpretar.</summary>
internal sealed record RawCell(string Source) : Cell(Source);

/// <summary>Una salida de celda de código, como en nbformat 4.</summary>
internal abstract record Output;

/// <summary>Texto de <c>stdout</c> o <c>stderr</c>.</summary>
internal sealed record StreamOutput(string Name, string Text) : Output;

/// <summary>
/// Un valor con varias representaciones (<c>display_data</c> o <c>execute_result</c>): de tipo MIME a contenido
/// (texto como cadena, tipos <c>+json</c> como objeto JSON, imágenes en base64).
/// </summary>
internal sealed record RichOutput(bool IsExecuteResult, IReadOnlyDictionary<string, JsonNode> Data) : Output;

/// <summary>Un error: nombre de la excepción, mensaje y líneas de la traza.</summary>
internal sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : Output;
