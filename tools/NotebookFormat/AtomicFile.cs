using System.Text;

namespace NotebookFormat;

/// <summary>
/// Escritura atómica: se escribe un temporal en la misma carpeta y se renombra encima del destino, así quien abra el
/// archivo (o una ejecución cortada a medias) nunca ve uno a medio escribir.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Escribe <paramref name="text"/> en UTF-8 sin BOM.</summary>
    public static void WriteAllText(string path, string text) =>
        Write(
            path,
            stream =>
            {
                using var writer = new StreamWriter(stream, Utf8NoBom);
                writer.Write(text);
            }
        );

    /// <summary>Copia el contenido de <paramref name="source"/>.</summary>
    public static void WriteStream(string path, Stream source) => Write(path, source.CopyTo);

    /// <summary>Escribe <paramref name="bytes"/>.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Escribe lo que <paramref name="write"/> ponga en el flujo.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
