using System.ComponentModel;

namespace NotebookEngine.Cancellation;

/// <summary>
/// Punto de comprobación que el motor inserta en el código de cada celda (cabeza de cada bucle, inicio de cada
/// método, función local y lambda): .NET no puede abortar un hilo, así que una celda atascada en un bucle solo se
/// detiene si su propio código mira si alguien pidió pararla. Cada sesión tiene un número de ranura fijo que se
/// escribe como literal en el código, para que la comprobación cueste una lectura de memoria.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CellCancellation
{
    private sealed class Flag
    {
        public volatile bool Requested;
        public bool InUse;
    }

    private static readonly Lock Gate = new();
    private static Flag[] s_flags = [];

    /// <summary>Lanza <see cref="CellStoppedException"/> si se pidió detener la celda de la sesión <paramref name="slot"/>.</summary>
    public static void ThrowIfRequested(int slot)
    {
        if (s_flags[slot].Requested)
            throw new CellStoppedException();
    }

    /// <summary>
    /// Al entrar en un método, función local, lambda o accesor de una celda: lo mismo que
    /// <see cref="ThrowIfRequested"/> y, si la pila está a punto de agotarse (una recursión sin fin), lanza
    /// <see cref="InsufficientExecutionStackException"/>: un error de la celda, en vez de un desbordamiento de pila que
    /// mataría el proceso entero.
    /// </summary>
    public static void Enter(int slot)
    {
        if (s_flags[slot].Requested)
            throw new CellStoppedException();
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    internal static int Allocate()
    {
        lock (Gate)
        {
            for (var i = 0; i < s_flags.Length; i++)
            {
                if (!s_flags[i].InUse)
                {
                    s_flags[i].InUse = true;
                    s_flags[i].Requested = false;
                    return i;
                }
            }
            var grown = new Flag[s_flags.Length + 8];
            Array.Copy(s_flags, grown, s_flags.Length);
            for (var i = s_flags.Length; i < grown.Length; i++)
                grown[i] = new Flag();
            var slot = s_flags.Length;
            grown[slot].InUse = true;
            s_flags = grown;
            return slot;
        }
    }

    internal static void Release(int slot)
    {
        lock (Gate)
        {
            s_flags[slot].Requested = false;
            s_flags[slot].InUse = false;
        }
    }

    internal static void Request(int slot) => s_flags[slot].Requested = true;

    internal static void Reset(int slot) => s_flags[slot].Requested = false;
}
