using Microsoft.CodeAnalysis;

namespace NotebookEngine.Editing;

/// <summary>
/// Lo que una celda nueva "ve" de la sesión: el código de las celdas anteriores que compilaron, en orden, los
/// ensamblados referenciados (rutas), los <c>using</c> globales, el tipo del objeto anfitrión del script (si hay) y
/// los resolutores de <c>#r "x.dll"</c> y <c>#load</c> de la sesión. Con esto se arma un documento de Roslyn
/// equivalente para completar e inspeccionar.
/// </summary>
public sealed record ScriptContext(
    IReadOnlyList<string> Submissions,
    IReadOnlyList<string> ReferencePaths,
    IReadOnlyList<string> Imports,
    Type? GlobalsType = null,
    MetadataReferenceResolver? MetadataResolver = null,
    SourceReferenceResolver? SourceResolver = null
)
{
    /// <summary>Una sesión recién creada sin nada declarado.</summary>
    public static ScriptContext Empty { get; } = new([], [], []);
}
