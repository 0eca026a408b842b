using System.Text.Json.Nodes;

namespace NotebookEngine.Formatting;

/// <summary>
/// Sabe mostrar ciertos valores. Rellena el diccionario (tipo MIME → contenido, como en nbformat) y devuelve
/// <c>true</c> si el valor era suyo; el primero de la lista que acepte un valor es el que lo muestra.
/// </summary>
internal interface IValueFormatter
{
    bool TryFormat(object value, IDictionary<string, JsonNode> data);
}
