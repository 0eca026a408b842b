namespace NotebookBook;

/// <summary>Lo que escribió <see cref="BookWriter"/>.</summary>
/// <param name="IndexPath">Ruta de <c>index.html</c>.</param>
/// <param name="PagePaths">Ruta de la página de cada cuaderno, en el orden de los capítulos.</param>
/// <param name="Warnings">Avisos en español (imágenes o adjuntos que no se encontraron); vacío si no hubo.</param>
public sealed record BookResult(string IndexPath, IReadOnlyList<string> PagePaths, IReadOnlyList<string> Warnings);
