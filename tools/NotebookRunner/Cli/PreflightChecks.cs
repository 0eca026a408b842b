namespace NotebookRunner.Cli;

/// <summary>
/// Lo que se comprueba antes de ejecutar nada, para no descubrirlo después de minutos de trabajo: que las carpetas de
/// salida se puedan crear y escribir, y que dos cuadernos no vayan a escribir en el mismo archivo. Cada problema es un
/// mensaje en español; la orden termina entonces con código 2.
/// </summary>
internal static class PreflightChecks
{
    /// <summary>Por qué no se puede escribir en <paramref name="directory"/> (la opción <paramref name="option"/>), o <c>null</c>.</summary>
    public static string? UnwritableDirectory(string directory, string option)
    {
        if (File.Exists(directory))
            return $"{option} '{directory}' es un archivo, no una carpeta: elige una carpeta (se crea si no existe).";
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".prueba-de-escritura-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var why =
                exception is UnauthorizedAccessException
                    ? "no hay permiso para escribir ahí"
                    : "no se pudo crear o escribir";
            return $"No se puede usar {option} '{directory}': {why} (mensaje del sistema: {exception.Message}). "
                + "No se ejecutó ningún cuaderno.";
        }
    }

    /// <summary>
    /// Si dos cuadernos tienen el mismo nombre de archivo (sin distinguir mayúsculas), sus copias ejecutadas y sus
    /// páginas del libro se pisarían: el mensaje los nombra. <c>null</c> si no pasa.
    /// </summary>
    public static string? DuplicateNames(IReadOnlyList<string> notebooks)
    {
        var clash = notebooks
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(group => group.Count() > 1);
        return clash is null
            ? null
            : $"Varios cuadernos se llaman '{clash.Key}' ({string.Join(", ", clash.Select(p => $"'{p}'"))}): sus copias "
                + "ejecutadas y sus páginas del libro irían al mismo archivo. Renombra uno o ejecútalos por separado. "
                + "No se ejecutó ningún cuaderno.";
    }
}
