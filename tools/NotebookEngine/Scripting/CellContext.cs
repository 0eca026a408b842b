using System.Text;
using NotebookEngine.Formatting;

namespace NotebookEngine.Scripting;

/// <summary>
/// La celda que se está ejecutando en este flujo asíncrono: recoge sus salidas en orden, las entrega según ocurren y
/// acumula el texto de consola hasta que algo (un <c>display</c>, el temporizador o el final) lo vacía.
/// </summary>
internal sealed class CellContext : IDisposable
{
    private static readonly AsyncLocal<CellContext?> CurrentContext = new();
    private static readonly TimeSpan StreamFlushInterval = TimeSpan.FromMilliseconds(200);

    private readonly Lock _gate = new();
    private readonly List<CellOutput> _outputs = [];
    private readonly Action<CellOutput>? _onOutput;
    private readonly StringBuilder _pending = new();
    private readonly Timer _flushTimer;
    private string? _pendingStream;
    private bool _completed;

    public CellContext(ValueFormatter formatter, Action<CellOutput>? onOutput)
    {
        Formatter = formatter;
        _onOutput = onOutput;
        // Para que un bucle largo que escribe en consola se vea avanzar en el kernel, no solo al final.
        _flushTimer = new Timer(_ => FlushStreams(), null, StreamFlushInterval, StreamFlushInterval);
    }

    /// <summary>La celda del flujo actual, o <c>null</c> fuera de una ejecución.</summary>
    public static CellContext? Current => CurrentContext.Value;

    /// <summary>Los formateadores de la sesión.</summary>
    public ValueFormatter Formatter { get; }

    /// <summary>Hace de esta celda la actual para el flujo asíncrono que llama (y las tareas que lance).</summary>
    public void Activate() => CurrentContext.Value = this;

    /// <summary>Acumula texto de <c>stdout</c> o <c>stderr</c>; si cambia de flujo, vacía antes lo del otro.</summary>
    public void Write(string stream, string text)
    {
        if (text.Length == 0)
            return;
        lock (_gate)
        {
            if (_pendingStream != stream)
                FlushStreamsLocked();
            _pendingStream = stream;
            _pending.Append(text);
        }
    }

    /// <summary>Añade una salida que no es de consola, después de vaciar lo que la consola tenía pendiente.</summary>
    public void Emit(CellOutput output)
    {
        lock (_gate)
        {
            FlushStreamsLocked();
            AddLocked(output);
        }
    }

    /// <summary>Vacía la consola pendiente como una salida <c>stream</c>.</summary>
    public void FlushStreams()
    {
        lock (_gate)
            FlushStreamsLocked();
    }

    /// <summary>
    /// Cierra la celda y devuelve sus salidas en orden, con los trozos de consola seguidos del mismo flujo unidos
    /// (como los junta Jupyter al guardar).
    /// </summary>
    public IReadOnlyList<CellOutput> Complete()
    {
        _flushTimer.Dispose();
        lock (_gate)
        {
            FlushStreamsLocked();
            _completed = true;
            return MergeStreams(_outputs);
        }
    }

    public void Dispose() => _flushTimer.Dispose();

    private void FlushStreamsLocked()
    {
        if (_pending.Length == 0 || _pendingStream is null)
            return;
        var output = new StreamOutput(_pendingStream, _pending.ToString());
        _pending.Clear();
        AddLocked(output);
    }

    private void AddLocked(CellOutput output)
    {
        if (_completed)
            return; // una tarea que sigue viva después de la celda no ensucia la siguiente
        _outputs.Add(output);
        _onOutput?.Invoke(output);
    }

    private static List<CellOutput> MergeStreams(List<CellOutput> outputs)
    {
        var merged = new List<CellOutput>(outputs.Count);
        foreach (var output in outputs)
        {
            if (
                output is StreamOutput next
                && merged.Count > 0
                && merged[^1] is StreamOutput previous
                && previous.Name == next.Name
            )
                merged[^1] = previous with { Text = previous.Text + next.Text };
            else
                merged.Add(output);
        }
        return merged;
    }
}
