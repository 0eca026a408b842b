using TorchSharp;
using static TorchSharp.torch;

namespace IntroNN.Torch;

/// <summary>
/// Los tensores de trabajo que un modelo de TorchSharp reutiliza entre pasos mientras no cambien el número de filas n,
/// el tipo y el dispositivo: con n = 10⁶ pedirlos de nuevo en cada paso cuesta fallos de página (PLATFORM.md).
/// Viven fuera de cualquier DisposeScope; el modelo los libera en su Dispose.
/// </summary>
internal sealed class TorchWorkspace : IDisposable
{
    private Tensor[] _tensors = [];
    private (long Rows, ScalarType Type, DeviceType DeviceType, int DeviceIndex)? _key;

    /// <summary>Los tensores para n filas, creados con <paramref name="create"/> solo si hace falta.</summary>
    public Tensor[] Get(long rows, ScalarType dtype, Device device, Func<Tensor[]> create)
    {
        var key = (rows, dtype, device.type, device.index);
        if (_key == key && _tensors.All(t => !t.IsInvalid))
            return _tensors;
        Dispose();
        _tensors = create().Select(t => t.DetachFromDisposeScope()).ToArray();
        _key = key;
        return _tensors;
    }

    public void Dispose()
    {
        foreach (var tensor in _tensors)
            tensor.Dispose();
        _tensors = [];
        _key = null;
    }
}
