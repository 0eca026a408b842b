using System.Buffers.Binary;

namespace TorchNativeLoader;

/// <summary>
/// Versiones de símbolos de una biblioteca ELF (la extensión de GNU): las que pide a otras bibliotecas
/// (<c>.gnu.version_r</c>), las que define (<c>.gnu.version_d</c>) y qué símbolos usan cada una.
/// Y la única escritura: marcar como débil una versión pedida.
/// </summary>
/// <remarks>
/// Estructuras de <c>/usr/include/elf.h</c>: <c>Elf64_Verneed</c> (16 bytes: vn_version u16, vn_cnt u16, vn_file u32,
/// vn_aux u32, vn_next u32) encadena, por cada biblioteca, sus <c>Elf64_Vernaux</c> (16 bytes: vna_hash u32,
/// vna_flags u16, vna_other u16, vna_name u32, vna_next u32). <c>Elf64_Verdef</c> (20 bytes: vd_version, vd_flags,
/// vd_ndx, vd_cnt u16; vd_hash, vd_aux, vd_next u32) encadena sus <c>Elf64_Verdaux</c> (vda_name u32, vda_next u32).
/// Los «next» y «aux» son desplazamientos relativos a la entrada actual; los nombres, offsets en <c>.dynstr</c>.
/// Con <c>VER_FLG_WEAK</c> en vna_flags, el cargador dinámico de glibc acepta que la versión falte (solo lo avisa con
/// <c>LD_DEBUG</c>) en lugar de negarse a cargar la biblioteca.
/// </remarks>
internal static class ElfSymbolVersions
{
    /// <summary><c>VER_FLG_WEAK</c>: la versión pedida es opcional.</summary>
    public const ushort WeakFlag = 0x2;

    /// <summary>Lo que pide la biblioteca: una entrada por (biblioteca, versión), en el orden del fichero.</summary>
    public static IReadOnlyList<VersionNeed> ReadNeeds(ReadOnlySpan<byte> image)
    {
        var elf = new Elf64(image);
        var needs = new List<VersionNeed>();
        if (elf.FindSection(Elf64.SectionVersionNeeds) is not { } section)
            return needs;
        var strings = elf.Section(section.Link);

        var entry = section.Offset;
        for (var i = 0; i < section.Info; i++)
        {
            var library = elf.String(strings, elf.U32(entry + 4)); // vn_file
            var auxCount = elf.U16(entry + 2); // vn_cnt
            var aux = entry + (int)elf.U32(entry + 8); // vn_aux
            for (var j = 0; j < auxCount; j++)
            {
                needs.Add(
                    new VersionNeed(
                        Library: library,
                        Version: elf.String(strings, elf.U32(aux + 8)), // vna_name
                        Flags: elf.U16(aux + 4), // vna_flags
                        Index: elf.U16(aux + 6), // vna_other: el índice que usan los símbolos en .gnu.version
                        FlagsOffset: aux + 4
                    )
                );
                aux += (int)elf.U32(aux + 12); // vna_next
            }
            entry += (int)elf.U32(entry + 12); // vn_next
        }
        return needs;
    }

    /// <summary>Los nombres de versión que la biblioteca define (p. ej. GLIBCXX_3.4.30 en libstdc++).</summary>
    public static IReadOnlySet<string> ReadDefinitions(ReadOnlySpan<byte> image)
    {
        var elf = new Elf64(image);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (elf.FindSection(Elf64.SectionVersionDefinitions) is not { } section)
            return names;
        var strings = elf.Section(section.Link);

        var entry = section.Offset;
        for (var i = 0; i < section.Info; i++)
        {
            // El primer Verdaux lleva el nombre de la versión; los siguientes, las versiones de las que hereda.
            var aux = entry + (int)elf.U32(entry + 12); // vd_aux
            names.Add(elf.String(strings, elf.U32(aux))); // vda_name
            entry += (int)elf.U32(entry + 16); // vd_next
        }
        return names;
    }

    /// <summary>
    /// Los símbolos dinámicos que la biblioteca toma de fuera con el índice de versión <paramref name="index"/>
    /// (el <see cref="VersionNeed.Index"/> de una versión pedida).
    /// </summary>
    public static IReadOnlyList<string> SymbolsUsing(ReadOnlySpan<byte> image, ushort index)
    {
        var elf = new Elf64(image);
        var symbols = new List<string>();
        if (
            elf.FindSection(Elf64.SectionDynamicSymbols) is not { } dynsym
            || elf.FindSection(Elf64.SectionSymbolVersions) is not { } versym
        )
            return symbols;
        var strings = elf.Section(dynsym.Link);

        const int symbolSize = 24; // Elf64_Sym: st_name u32, st_info u8, st_other u8, st_shndx u16, st_value, st_size
        var count = Math.Min(dynsym.Size / symbolSize, versym.Size / 2);
        for (var i = 0; i < count; i++)
        {
            var version = elf.U16(versym.Offset + 2 * i) & 0x7fff; // el bit alto marca «oculto»
            if (version == index)
                symbols.Add(elf.String(strings, elf.U32(dynsym.Offset + i * symbolSize)));
        }
        return symbols;
    }

    /// <summary>
    /// Marca como débil (<see cref="WeakFlag"/>) la versión <paramref name="version"/> que la imagen pide a
    /// <paramref name="library"/>. Cambia solo los dos bytes de vna_flags de esa entrada.
    /// </summary>
    /// <returns>Cuántas entradas cambió: 1, o 0 si ya era débil.</returns>
    /// <exception cref="ArgumentException">La imagen no pide esa versión a esa biblioteca.</exception>
    public static int MarkWeak(Span<byte> image, string library, string version)
    {
        var need =
            ReadNeeds(image).FirstOrDefault(n => n.Library == library && n.Version == version)
            ?? throw new ArgumentException(
                $"La biblioteca no pide la versión {version} a {library}; nada que marcar.",
                nameof(version)
            );
        if (need.IsWeak)
            return 0;
        BinaryPrimitives.WriteUInt16LittleEndian(image.Slice(need.FlagsOffset, 2), (ushort)(need.Flags | WeakFlag));
        return 1;
    }
}

/// <summary>Una versión que una biblioteca ELF pide a otra (una entrada <c>Elf64_Vernaux</c>).</summary>
/// <param name="Library">La biblioteca a la que se pide, p. ej. <c>libstdc++.so.6</c>.</param>
/// <param name="Version">El nombre de la versión, p. ej. <c>GLIBCXX_3.4.32</c>.</param>
/// <param name="Flags">vna_flags.</param>
/// <param name="Index">vna_other: el índice con que los símbolos de <c>.gnu.version</c> se refieren a ella.</param>
/// <param name="FlagsOffset">Dónde están los dos bytes de vna_flags dentro del fichero.</param>
internal sealed record VersionNeed(string Library, string Version, ushort Flags, ushort Index, int FlagsOffset)
{
    /// <summary>Si la versión es opcional (<c>VER_FLG_WEAK</c>).</summary>
    public bool IsWeak => (Flags & ElfSymbolVersions.WeakFlag) != 0;
}
