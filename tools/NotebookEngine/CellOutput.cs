using System.Text.Json.Nodes;

namespace NotebookEngine;

/// <summary>Una salida de celda, con la misma forma que en nbformat 4 y en el protocolo de Jupyter.</summary>
public abstract record CellOutput;

/// <summary>Texto escrito en la salida estándar (<c>stdout</c>) o de error (<c>stderr</c>).</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput, NotebookFormat.IStreamText
{
    NotebookFormat.IStreamText NotebookFormat.IStreamText.Append(string more) => this with { Text = Text + more };
}

/// <summary>
/// Un valor mostrado con <c>display(x)</c> o <c>x.Display()</c> (<c>display_data</c>).
/// <paramref name="Data"/> va de tipo MIME a contenido: texto como cadena JSON, tipos <c>+json</c> como objeto JSON,
/// imágenes como base64.
/// </summary>
public sealed record DisplayOutput(IReadOnlyDictionary<string, JsonNode> Data) : CellOutput
{
    /// <summary>
    /// El identificador con que se puede cambiar después (<c>transient.display_id</c> de Jupyter); <c>null</c> si no
    /// se puede.
    /// </summary>
    public string? DisplayId { get; init; }
}

/// <summary>
/// Nuevo contenido para lo que se mostró con <paramref name="DisplayId"/> (<c>update_display_data</c>), en esta celda
/// o en una anterior: el cliente cambia esa salida donde esté, sin añadir otra.
/// </summary>
public sealed record DisplayUpdate(string DisplayId, IReadOnlyDictionary<string, JsonNode> Data) : CellOutput;

/// <summary>
/// Borrar las salidas de la celda (<c>clear_output</c>). Con <paramref name="Wait"/>, el borrado espera a la siguiente
/// salida, para que lo que se redibuja no parpadee.
/// </summary>
public sealed record ClearRequest(bool Wait) : CellOutput;

/// <summary>El valor de la última expresión de la celda (<c>execute_result</c>); siempre incluye <c>text/plain</c>.</summary>
public sealed record ResultOutput(IReadOnlyDictionary<string, JsonNode> Data) : CellOutput;

/// <summary>Un error de compilación o una excepción, con el nombre, el mensaje y las líneas de la traza.</summary>
public sealed record ErrorOutput(string Name, string Message, IReadOnlyList<string> Traceback) : CellOutput
{
    /// <summary>Línea de la celda (desde 1) donde ocurrió el error, si se sabe.</summary>
    public int? Line { get; init; }

    /// <summary>Columna (desde 1) del primer error de compilación, si se sabe.</summary>
    public int? Column { get; init; }
}
