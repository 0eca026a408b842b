using NotebookEngine.Formatting;

namespace NotebookEngine.Scripting;

/// <summary>
/// Lo que devuelve <c>display(x)</c>, como el <c>DisplayedValue</c> de Polyglot: la salida ya mostrada, que
/// <see cref="Update"/> cambia en su sitio (<c>update_display_data</c> con el mismo <c>display_id</c>), también desde
/// una celda posterior.
/// </summary>
/// <remarks>
/// Las actualizaciones se limitan a una cada <see cref="MinimumInterval"/> (como mucho 4 por segundo): un bucle rápido
/// que actualiza en cada vuelta no inunda el cliente ni gasta tiempo formateando lo que nadie llegaría a ver. La
/// primera tras una pausa sale enseguida; las demás esperan y solo sale la última. Al acabar la celda sale siempre la
/// última pendiente, así que el estado final (el que guardan el ejecutor y el libro) es el último que se pidió.
/// </remarks>
public sealed class DisplayHandle
{
    /// <summary>El tiempo mínimo entre dos actualizaciones enviadas de una misma salida.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>La de un <c>display</c> hecho fuera de toda celda, que ya se escribió en la consola: no se actualiza.</summary>
    internal static readonly DisplayHandle Detached = new("", null!, null!);

    private readonly Lock _gate = new();
    private readonly ValueFormatter _formatter;
    private readonly CellContext _origin;
    private readonly Throttle _throttle;
    private (object? Value, string[] MimeTypes, CellContext Target)? _latest;

    internal DisplayHandle(string displayId, ValueFormatter formatter, CellContext origin)
    {
        DisplayId = displayId;
        _formatter = formatter;
        _origin = origin;
        _throttle = new Throttle(MinimumInterval, Send);
    }

    /// <summary>El identificador de la salida (<c>transient.display_id</c>).</summary>
    public string DisplayId { get; }

    /// <summary>
    /// Cambia lo que muestra la salida por <paramref name="value"/> (con las representaciones de
    /// <paramref name="mimeTypes"/>, si se dan), sin añadir otra salida.
    /// </summary>
    public void Update(object? value, params string[] mimeTypes)
    {
        if (ReferenceEquals(this, Detached))
        {
            Console.WriteLine(ValueFormatter.PlainText(value));
            return;
        }
        // Va con la celda (o la función de un control) que actualiza; fuera de toda celda, con la que lo mostró.
        var target = CellContext.Current ?? _origin;
        lock (_gate)
            _latest = (value, mimeTypes, target);
        target.AddPendingUpdate(this);
        _throttle.Request();
    }

    /// <summary>Envía ya la actualización pendiente, si hay.</summary>
    internal void Flush() => _throttle.Flush();

    private void Send()
    {
        (object? Value, string[] MimeTypes, CellContext Target)? latest;
        lock (_gate)
        {
            latest = _latest;
            _latest = null;
        }
        if (latest is not { } update)
            return;
        var data = _formatter.Format(update.Value, update.MimeTypes, isResult: false);
        update.Target.Emit(new DisplayUpdate(DisplayId, data));
    }
}
