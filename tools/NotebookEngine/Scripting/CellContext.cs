using System.Text;
using NotebookEngine.Formatting;

namespace NotebookEngine.Scripting;

/// <summary>
/// La celda que se está ejecutando en este flujo asíncrono (o la función de un control que reacciona a un cambio):
/// recoge sus salidas en orden, las entrega según ocurren y acumula el texto de consola hasta que algo (un
/// <c>display</c>, el temporizador o el final) lo vacía. Al acabar quedan las salidas a la vista (ver
/// <see cref="OutputList"/>): lo borrado no está y lo actualizado está con su último contenido.
/// </summary>
internal sealed class CellContext : IDisposable
{
    private static readonly AsyncLocal<CellContext?> CurrentContext = new();
    private static readonly TimeSpan StreamFlushInterval = TimeSpan.FromMilliseconds(200);

    private readonly Lock _gate = new();
    private readonly OutputList _outputs = new();
    private readonly HashSet<DisplayHandle> _pendingUpdates = [];
    private readonly Action<CellOutput>? _onOutput;
    private readonly StringBuilder _pending = new();
    private readonly Timer _flushTimer;
    private string? _pendingStream;
    private bool _completed;

    public CellContext(ValueFormatter formatter, Action<CellOutput>? onOutput)
    {
        Formatter = formatter;
        Widgets = formatter.Widgets;
        _onOutput = onOutput;
        // Para que un bucle largo que escribe en consola se vea avanzar en el kernel, no solo al final.
        _flushTimer = new Timer(_ => FlushStreams(), null, StreamFlushInterval, StreamFlushInterval);
    }

    /// <summary>La celda del flujo actual, o <c>null</c> fuera de una ejecución.</summary>
    public static CellContext? Current => CurrentContext.Value;

    /// <summary>Los formateadores de la sesión.</summary>
    public ValueFormatter Formatter { get; }

    /// <summary>Los controles de la sesión y su enlace con el cliente.</summary>
    public Widgets.WidgetHub? Widgets { get; }

    /// <summary>Hace de esta celda la actual para el flujo asíncrono que llama (y las tareas que lance).</summary>
    public void Activate() => CurrentContext.Value = this;

    /// <summary>
    /// Ejecuta <paramref name="work"/> con sus salidas (consola, <c>display</c> y, si lanza, su error) dirigidas a
    /// <paramref name="sink"/> en vez de a la celda actual, y vuelve a ella al acabar. Así reciben su salida un área
    /// de salida de un control o la función de <c>Interact</c>.
    /// </summary>
    public static void Redirect(ValueFormatter formatter, Action<CellOutput> sink, Action work)
    {
        var previous = CurrentContext.Value;
        previous?.FlushStreams();
        using var redirected = new CellContext(formatter, sink);
        CurrentContext.Value = redirected;
        try
        {
            work();
        }
        catch (Exception exception)
        {
            // El error de la función de un control se ve donde se vería su salida, y no tumba lo demás.
            redirected.Emit(ErrorReport.FromException(exception, "", Pipeline.CellNames.Describe));
        }
        finally
        {
            redirected.Complete();
            CurrentContext.Value = previous;
        }
    }

    /// <summary>Anota una actualización de <paramref name="display"/> que espera su turno: se envía, como tarde, al acabar.</summary>
    public void AddPendingUpdate(DisplayHandle display)
    {
        lock (_gate)
            _pendingUpdates.Add(display);
    }

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
        List<DisplayHandle> pending;
        lock (_gate)
            pending = [.. _pendingUpdates];
        // Lo último de cada display actualizado llega antes de que la celda acabe (y de su execute_reply).
        foreach (var display in pending)
            display.Flush();
        lock (_gate)
        {
            FlushStreamsLocked();
            _completed = true;
            return [.. _outputs.Outputs];
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
        _outputs.Apply(output);
        _onOutput?.Invoke(output);
    }
}
