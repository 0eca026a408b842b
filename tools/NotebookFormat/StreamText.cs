namespace NotebookFormat;

/// <summary>
/// Un trozo de texto de un flujo (<c>stdout</c>, <c>stderr</c>). Lo cumplen la salida del cuaderno y la del motor, para
/// unir sus trozos con la misma regla (<see cref="StreamMerging"/>).
/// </summary>
public interface IStreamText
{
    /// <summary>El flujo: <c>stdout</c> o <c>stderr</c>.</summary>
    string Name { get; }

    /// <summary>El texto.</summary>
    string Text { get; }

    /// <summary>La misma salida con <paramref name="more"/> al final de su texto.</summary>
    IStreamText Append(string more);
}

/// <summary>Cómo se juntan las salidas de texto de una celda, como las muestra un cliente de Jupyter.</summary>
public static class StreamMerging
{
    /// <summary>
    /// Añade <paramref name="output"/> al final de <paramref name="outputs"/>; si es texto del mismo flujo que la
    /// última salida, se une a ella (como al guardar en JupyterLab): muchos <c>Console.Write</c> seguidos quedan en una
    /// sola salida.
    /// </summary>
    public static void Add<TOutput>(List<TOutput> outputs, TOutput output)
        where TOutput : class
    {
        if (
            output is IStreamText next
            && outputs.Count > 0
            && outputs[^1] is IStreamText last
            && last.Name == next.Name
        )
            outputs[^1] = (TOutput)last.Append(next.Text);
        else
            outputs.Add(output);
    }

    /// <summary>Las mismas salidas, con los trozos seguidos de cada flujo ya unidos.</summary>
    public static List<TOutput> Merged<TOutput>(IEnumerable<TOutput> outputs)
        where TOutput : class
    {
        var merged = new List<TOutput>();
        foreach (var output in outputs)
            Add(merged, output);
        return merged;
    }
}
