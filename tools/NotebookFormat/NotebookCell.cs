using System.Globalization;
using System.Text.Json.Nodes;

namespace NotebookFormat;

/// <summary>Las tres clases de celda de nbformat 4.</summary>
public enum CellKind
{
    /// <summary>Texto en Markdown.</summary>
    Markdown,

    /// <summary>Código, con sus salidas.</summary>
    Code,

    /// <summary>Texto que se muestra tal cual.</summary>
    Raw,
}

/// <summary>
/// Una celda ya validada, sobre su objeto JSON: al cambiar su ejecución se cambia ese objeto, así que los metadatos y
/// los campos que este modelo no conoce se conservan al escribir.
/// </summary>
public sealed class NotebookCell
{
    private readonly JsonObject _json;

    internal NotebookCell(JsonObject json, int number, CellKind kind, string source, string language)
    {
        _json = json;
        Number = number;
        Kind = kind;
        Source = source;
        Language = language;
    }

    /// <summary>Su posición entre todas las celdas del cuaderno, desde 1 (como la ve quien lo abre).</summary>
    public int Number { get; }

    /// <summary>Markdown, código o raw.</summary>
    public CellKind Kind { get; }

    /// <summary>Si es una celda de código.</summary>
    public bool IsCode => Kind == CellKind.Code;

    /// <summary>El texto de la celda.</summary>
    public string Source { get; }

    /// <summary>
    /// El lenguaje de una celda de código en minúsculas (<c>csharp</c>, <c>fsharp</c>, <c>pwsh</c>...): el de su línea
    /// mágica <c>#!</c>, el de sus metadatos de Polyglot o el del cuaderno.
    /// </summary>
    public string Language { get; }

    /// <summary>El número de ejecución; <c>null</c> si no se ejecutó.</summary>
    public int? ExecutionCount { get; private set; }

    /// <summary>Las salidas, en orden (vacío en las celdas que no son de código).</summary>
    public IReadOnlyList<NotebookOutput> Outputs { get; private set; } = [];

    /// <summary>Los adjuntos de una celda Markdown: de nombre a URI <c>data:</c>.</summary>
    public IReadOnlyDictionary<string, string> Attachments { get; internal init; } = new Dictionary<string, string>();

    /// <summary>Las etiquetas de Jupyter (<c>metadata.tags</c>).</summary>
    public IReadOnlyList<string> Tags { get; internal init; } = [];

    /// <summary>Cambia el número de ejecución y las salidas (<c>null</c> y ninguna: la celda no se ejecutó).</summary>
    /// <exception cref="InvalidOperationException">Si la celda no es de código.</exception>
    public void SetExecution(int? executionCount, IReadOnlyList<NotebookOutput> outputs)
    {
        if (!IsCode)
            throw new InvalidOperationException(
                $"La celda {Number} es de tipo {Kind}: solo las celdas de código tienen salidas."
            );
        ExecutionCount = executionCount;
        Outputs = outputs;
        _json["execution_count"] = executionCount;
        _json["outputs"] = new JsonArray(outputs.Select(o => (JsonNode?)o.ToJson()).ToArray());
    }

    /// <summary>
    /// Guarda en <c>metadata.execution</c> los instantes de la ejecución, como nbclient
    /// (<c>iopub.status.busy</c>, <c>iopub.execute_input</c>, <c>shell.execute_reply</c>, <c>iopub.status.idle</c>).
    /// Sin instantes, quita la entrada.
    /// </summary>
    public void SetExecutionTimes(IReadOnlyDictionary<string, DateTimeOffset> times)
    {
        if (_json["metadata"] is not JsonObject metadata)
            _json["metadata"] = metadata = [];
        if (times.Count == 0)
        {
            metadata.Remove("execution");
            return;
        }
        var execution = new JsonObject();
        foreach (var (name, time) in times)
            execution[name] = time.UtcDateTime.ToString(
                "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'",
                CultureInfo.InvariantCulture
            );
        metadata["execution"] = execution;
    }

    internal void LoadExecution(int? executionCount, IReadOnlyList<NotebookOutput> outputs)
    {
        ExecutionCount = executionCount;
        Outputs = outputs;
    }
}
