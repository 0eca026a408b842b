using NotebookFormat;

namespace NotebookEngine.Scripting;

/// <summary>
/// Lo que queda a la vista de una serie de salidas, como lo deja un cliente de Jupyter: los trozos seguidos del mismo
/// flujo se unen, una <see cref="DisplayUpdate"/> cambia la salida con ese identificador (si está aquí) y una
/// <see cref="ClearRequest"/> borra lo anterior (con <c>Wait</c>, al llegar la siguiente salida).
/// </summary>
internal sealed class OutputList
{
    private readonly List<CellOutput> _outputs = [];
    private bool _clearBeforeNext;

    /// <summary>Las salidas a la vista, en orden.</summary>
    public IReadOnlyList<CellOutput> Outputs => _outputs;

    /// <summary>Aplica una salida más; devuelve si cambió lo que se ve.</summary>
    public bool Apply(CellOutput output)
    {
        switch (output)
        {
            case ClearRequest { Wait: true }:
                _clearBeforeNext = true;
                return false;
            case ClearRequest:
                _clearBeforeNext = false;
                var hadOutputs = _outputs.Count > 0;
                _outputs.Clear();
                return hadOutputs;
            case DisplayUpdate update:
                var changed = false;
                for (var i = 0; i < _outputs.Count; i++)
                {
                    if (_outputs[i] is DisplayOutput shown && shown.DisplayId == update.DisplayId)
                    {
                        _outputs[i] = shown with { Data = update.Data };
                        changed = true;
                    }
                }
                return changed;
        }
        if (_clearBeforeNext)
        {
            _outputs.Clear();
            _clearBeforeNext = false;
        }
        StreamMerging.Add(_outputs, output);
        return true;
    }
}
