namespace NotebookRunner.Notebooks;

/// <summary>Un archivo .ipynb que no se puede leer: JSON mal formado o sin la forma de nbformat 4.</summary>
public sealed class NotebookFormatException(string message, Exception? inner = null) : Exception(message, inner);
