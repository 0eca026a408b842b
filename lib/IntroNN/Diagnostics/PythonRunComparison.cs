namespace IntroNN;

/// <summary>
/// Resultado de <see cref="PythonRun.Compare"/>: si todo coincide con la ejecución de PyTorch y una línea ✔ o ✘ por
/// cada grupo de números comparado.
/// </summary>
/// <remarks>Capítulo 4: notebooks/04-descenso-por-gradiente.ipynb.</remarks>
/// <param name="Passed">Si todas las diferencias quedan dentro de la tolerancia.</param>
/// <param name="Lines">Las líneas que imprime la celda de comprobación.</param>
public sealed record PythonRunComparison(bool Passed, IReadOnlyList<string> Lines)
{
    /// <summary>Las líneas, una por renglón, para que <c>Console.WriteLine(comparación)</c> las imprima.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Lines);
}
