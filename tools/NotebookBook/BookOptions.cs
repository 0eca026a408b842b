namespace NotebookBook;

/// <summary>Opciones del libro HTML.</summary>
public sealed record BookOptions
{
    /// <summary>Título del libro: encabeza el índice y completa el &lt;title&gt; de cada página.</summary>
    public string Title { get; init; } = "Redes neuronales desde cero en C#";

    /// <summary>
    /// Carpetas donde buscar las imágenes relativas que no estén junto al cuaderno ejecutado; por ejemplo, la carpeta
    /// de los cuadernos originales cuando los ejecutados se guardan en otra (<c>out/notebooks</c>).
    /// </summary>
    public IReadOnlyList<string> ResourceDirectories { get; init; } = [];
}
