using System.Diagnostics;

namespace NotebookEngine.Scripting;

/// <summary>
/// Limita cuántas veces se envía algo que cambia deprisa: como mucho una vez cada <c>interval</c>. La primera petición
/// tras una pausa se envía en el acto; las que llegan antes de tiempo se juntan en un solo envío al cumplirse el plazo
/// (o al llamar a <see cref="Flush"/>). Quien envía lee el estado en el momento de enviar, así que sale lo último.
/// </summary>
internal sealed class Throttle(TimeSpan interval, Action send) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Lock _sending = new();
    private long _lastSent; // 0: nunca
    private bool _pending;
    private Timer? _timer;

    /// <summary>Pide un envío: ahora, o al cumplirse el plazo desde el anterior.</summary>
    public void Request()
    {
        lock (_gate)
        {
            var wait = _lastSent == 0 ? TimeSpan.Zero : interval - Stopwatch.GetElapsedTime(_lastSent);
            if (_pending || wait > TimeSpan.Zero)
            {
                _pending = true;
                _timer ??= new Timer(
                    _ => Flush(),
                    null,
                    wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
                    Timeout.InfiniteTimeSpan
                );
                return;
            }
            _lastSent = Stopwatch.GetTimestamp();
        }
        Send();
    }

    /// <summary>Envía ya lo que esperaba, si algo esperaba.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            if (!_pending)
                return;
            _pending = false;
            _lastSent = Stopwatch.GetTimestamp();
        }
        Send();
    }

    // De uno en uno: el último envío lleva el último estado.
    private void Send()
    {
        lock (_sending)
            send();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }
}
