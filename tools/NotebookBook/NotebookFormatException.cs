namespace NotebookBook;

/// <summary>Un archivo .ipynb que no es JSON válido o no tiene la forma de nbformat 4. El mensaje nombra el archivo.</summary>
public sealed class NotebookFormatException : FormatException
{
    /// <summary>Crea la excepción para el cuaderno <paramref name="path"/>.</summary>
    public NotebookFormatException(string path, string message, Exception? inner = null)
        : base(message, inner) => NotebookPath = path;

    /// <summary>Ruta del cuaderno que no se pudo leer.</summary>
    public string NotebookPath { get; }
}
