namespace NotebookEngine.Pipeline;

/// <summary>Lo que deja una etapa: su valor, o el error que la celda debe mostrar (y entonces la celda acaba ahí).</summary>
internal readonly record struct StageResult<T>(T? Value, ErrorOutput? Error)
{
    /// <summary>Si la etapa falló.</summary>
    public bool Failed => Error is not null;

    public static implicit operator StageResult<T>(T value) => new(value, null);

    public static implicit operator StageResult<T>(ErrorOutput error) => new(default, error);
}
