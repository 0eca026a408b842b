using System.Text.RegularExpressions;

namespace NotebookEngine.Pipeline;

/// <summary>
/// Los nombres de archivo de las celdas en las trazas: la celda del paso N se compila como <c>celdaN.csx</c> en la
/// carpeta del cuaderno, y en los mensajes se lee «la celda ejecutada en el paso N».
/// </summary>
internal static partial class CellNames
{
    /// <summary>La ruta de la celda del paso <paramref name="execution"/>.</summary>
    public static string PathFor(string workingDirectory, int execution) =>
        Path.Combine(workingDirectory, $"celda{execution}.csx");

    /// <summary>Cómo se nombra en un mensaje el archivo <paramref name="path"/> de una traza; <c>null</c> si no es de una celda.</summary>
    public static string? Describe(string path)
    {
        var match = CellFileName().Match(Path.GetFileName(path));
        return match.Success ? $"la celda ejecutada en el paso {match.Groups[1].Value}" : null;
    }

    [GeneratedRegex(@"^celda(\d+)\.csx$")]
    private static partial Regex CellFileName();
}
