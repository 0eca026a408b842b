using System.Buffers.Binary;
using System.IO.Compression;

namespace NotebookBook.Tests;

/// <summary>
/// Decodificador PNG mínimo (8 bits por canal, RGB o RGBA, sin entrelazado: lo que escribe Chromium) para mirar los
/// píxeles de una captura. A mano porque System.Drawing no existe en Linux y no hay biblioteca de imágenes en el
/// proyecto; ZLibStream hace la descompresión y aquí sólo se deshacen los filtros de cada fila.
/// </summary>
internal sealed class PngImage
{
    private readonly byte[] pixels;
    private readonly int channels;

    private PngImage(int width, int height, int channels, byte[] pixels) =>
        (Width, Height, this.channels, this.pixels) = (width, height, channels, pixels);

    public int Width { get; }

    public int Height { get; }

    /// <summary>El color del píxel (x, y), sin transparencia.</summary>
    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * channels;
            return (pixels[i], pixels[i + 1], pixels[i + 2]);
        }
    }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            throw new InvalidDataException($"'{path}' no es un PNG.");
        int width = 0,
            height = 0,
            channels = 0;
        var compressed = new MemoryStream();
        for (var offset = 8; offset < bytes.Length; )
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var (bitDepth, colorType, interlace) = (data[8], data[9], data[12]);
                channels = colorType switch
                {
                    2 => 3,
                    6 => 4,
                    _ => 0,
                };
                if (bitDepth != 8 || channels == 0 || interlace != 0)
                    throw new NotSupportedException(
                        $"PNG no soportado: {bitDepth} bits, tipo de color {colorType}, entrelazado {interlace}."
                    );
            }
            else if (type == "IDAT")
                compressed.Write(data);
            else if (type == "IEND")
                break;
            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return new PngImage(width, height, channels, Unfilter(raw.ToArray(), width, height, channels));
    }

    // Filtros de PNG (especificación, sección 9): cada fila empieza con un byte que dice cómo se predijo.
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = result.AsSpan(y * stride, stride);
            var above = y > 0 ? result.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0,
                    up = above[i],
                    upLeft = i >= bpp ? above[i - bpp] : 0;
                row[i] = (byte)(
                    source[i]
                    + filter switch
                    {
                        0 => 0,
                        1 => left,
                        2 => up,
                        3 => (left + up) / 2,
                        4 => Paeth(left, up, upLeft),
                        _ => throw new InvalidDataException($"Filtro PNG desconocido: {filter}."),
                    }
                );
            }
        }
        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c,
            pa = Math.Abs(p - a),
            pb = Math.Abs(p - b),
            pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a
            : pb <= pc ? b
            : c;
    }
}
