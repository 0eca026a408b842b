using System.Buffers.Binary;
using System.Text;

namespace TorchNativeLoader;

/// <summary>
/// Lector mínimo de ficheros ELF64 little-endian (las bibliotecas <c>.so</c> de Linux x86-64): la cabecera, la tabla de
/// secciones y las cadenas terminadas en cero. Solo lo que necesita <see cref="ElfSymbolVersions"/>.
/// </summary>
/// <remarks>
/// Escrito a mano porque ninguna biblioteca de nuestro repositorio de paquetes lee <c>.gnu.version_r</c> y hacen falta
/// apenas unos campos. Formato: System V gABI, «ELF Header» y «Sections»; offsets de <c>Elf64_Ehdr</c> y
/// <c>Elf64_Shdr</c> de <c>/usr/include/elf.h</c>.
/// </remarks>
internal readonly ref struct Elf64
{
    /// <summary>Tipo de sección <c>SHT_DYNSYM</c>: la tabla de símbolos dinámicos.</summary>
    public const uint SectionDynamicSymbols = 11;

    /// <summary>Tipo de sección <c>SHT_GNU_verdef</c> (<c>.gnu.version_d</c>): versiones que la biblioteca define.</summary>
    public const uint SectionVersionDefinitions = 0x6ffffffd;

    /// <summary>Tipo de sección <c>SHT_GNU_verneed</c> (<c>.gnu.version_r</c>): versiones que pide a otras bibliotecas.</summary>
    public const uint SectionVersionNeeds = 0x6ffffffe;

    /// <summary>Tipo de sección <c>SHT_GNU_versym</c> (<c>.gnu.version</c>): el índice de versión de cada símbolo dinámico.</summary>
    public const uint SectionSymbolVersions = 0x6fffffff;

    private const int HeaderSize = 64;
    private const int SectionHeaderSize = 64;

    private readonly ReadOnlySpan<byte> image;

    /// <summary>Valida la cabecera: «\x7FELF», clase 64 bits, datos little-endian y tabla de secciones dentro del fichero.</summary>
    /// <exception cref="InvalidDataException">El fichero no es un ELF64 little-endian con tabla de secciones.</exception>
    public Elf64(ReadOnlySpan<byte> image)
    {
        if (image.Length < HeaderSize || image[0] != 0x7F || image[1] != 'E' || image[2] != 'L' || image[3] != 'F')
            throw new InvalidDataException("No es un fichero ELF: falta la firma \\x7FELF al principio.");
        if (image[4] != 2 || image[5] != 1)
            throw new InvalidDataException(
                $"Se esperaba ELF de 64 bits little-endian (clase 2, datos 1) pero llegó clase {image[4]}, datos {image[5]}."
            );

        this.image = image;
        SectionHeadersOffset = checked((long)U64(40)); // e_shoff
        SectionCount = U16(60); // e_shnum
        if (U16(58) != SectionHeaderSize) // e_shentsize
            throw new InvalidDataException($"Se esperaban cabeceras de sección de 64 bytes pero miden {U16(58)}.");
        if (SectionCount == 0 || SectionHeadersOffset + (long)SectionCount * SectionHeaderSize > image.Length)
            throw new InvalidDataException("La tabla de secciones falta o se sale del fichero.");
    }

    private long SectionHeadersOffset { get; }

    /// <summary>Número de secciones (<c>e_shnum</c>).</summary>
    public int SectionCount { get; }

    /// <summary>Cabecera de la sección <paramref name="index"/> (<c>Elf64_Shdr</c>).</summary>
    public ElfSection Section(int index)
    {
        if ((uint)index >= (uint)SectionCount)
            throw new InvalidDataException($"Índice de sección {index} fuera de 0..{SectionCount - 1}.");
        var at = (int)(SectionHeadersOffset + (long)index * SectionHeaderSize);
        var section = new ElfSection(
            Type: U32(at + 4), // sh_type
            Offset: checked((int)U64(at + 24)), // sh_offset
            Size: checked((int)U64(at + 32)), // sh_size
            Link: (int)U32(at + 40), // sh_link: para las secciones de versiones y símbolos, su tabla de cadenas
            Info: (int)U32(at + 44)
        ); // sh_info: para verneed/verdef, cuántas entradas hay
        if ((long)section.Offset + section.Size > image.Length)
            throw new InvalidDataException($"La sección {index} se sale del fichero.");
        return section;
    }

    /// <summary>La primera sección del tipo pedido, o <c>null</c> si no hay ninguna.</summary>
    public ElfSection? FindSection(uint type)
    {
        for (var i = 0; i < SectionCount; i++)
        {
            var section = Section(i);
            if (section.Type == type)
                return section;
        }
        return null;
    }

    /// <summary>La cadena terminada en cero que empieza <paramref name="offset"/> bytes dentro de la sección de cadenas.</summary>
    public string String(ElfSection strings, uint offset)
    {
        if (offset >= (uint)strings.Size)
            throw new InvalidDataException($"Cadena en el offset {offset} fuera de una tabla de {strings.Size} bytes.");
        var rest = image.Slice(strings.Offset + (int)offset, strings.Size - (int)offset);
        var end = rest.IndexOf((byte)0);
        if (end < 0)
            throw new InvalidDataException($"La cadena en el offset {offset} no termina en cero.");
        return Encoding.ASCII.GetString(rest[..end]);
    }

    /// <summary>Entero sin signo de 16 bits en la posición absoluta <paramref name="at"/>.</summary>
    public ushort U16(int at) => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(at, 2));

    /// <summary>Entero sin signo de 32 bits en la posición absoluta <paramref name="at"/>.</summary>
    public uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(at, 4));

    /// <summary>Entero sin signo de 64 bits en la posición absoluta <paramref name="at"/>.</summary>
    public ulong U64(int at) => BinaryPrimitives.ReadUInt64LittleEndian(Bytes(at, 8));

    private ReadOnlySpan<byte> Bytes(int at, int count) =>
        at >= 0 && at <= image.Length - count
            ? image.Slice(at, count)
            : throw new InvalidDataException(
                $"Lectura de {count} bytes en {at}, fuera de un fichero de {image.Length}."
            );
}

/// <summary>Los campos de una cabecera de sección ELF que usamos.</summary>
/// <param name="Type">sh_type.</param>
/// <param name="Offset">sh_offset: dónde empieza en el fichero.</param>
/// <param name="Size">sh_size: cuántos bytes ocupa.</param>
/// <param name="Link">sh_link: sección asociada (la tabla de cadenas, para versiones y símbolos).</param>
/// <param name="Info">sh_info: para verneed y verdef, el número de entradas.</param>
internal readonly record struct ElfSection(uint Type, int Offset, int Size, int Link, int Info);
