namespace NotebookFormat;

/// <summary>
/// Un .ipynb que no se puede usar: JSON mal formado o sin la forma de nbformat 4 (un campo que falta o que tiene otro
/// tipo). El mensaje, en español, nombra el archivo y el campo.
/// </summary>
public sealed class NotebookFormatException : FormatException
{
    /// <summary>Crea la excepción para el cuaderno <paramref name="path"/>.</summary>
    public NotebookFormatException(string path, string message, Exception? inner = null)
        : base(message, inner) => NotebookPath = path;

    /// <summary>Ruta del cuaderno.</summary>
    public string NotebookPath { get; }
}
