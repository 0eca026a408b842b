using TorchNativeLoader;

namespace TorchNativeLoader.Tests;

/// <summary>
/// El lector ELF sobre los ficheros reales. Los valores esperados son los que imprime binutils para TorchSharp 0.107.0:
/// <c>readelf -V -W libLibTorchSharp.so</c> y <c>readelf --dyn-syms -W libLibTorchSharp.so</c>.
/// </summary>
public class ElfSymbolVersionsTests
{
    private static byte[] OriginalLibTorchSharp() => File.ReadAllBytes(TestNatives.Files.LibTorchSharp);

    [Fact]
    public void ReadNeedsMatchesReadelf()
    {
        var needs = ElfSymbolVersions.ReadNeeds(OriginalLibTorchSharp());

        // readelf: 5 bibliotecas, 28 versiones; libstdc++.so.6 con 20, y la 3.4.32 en 0x3f8f0 + 0x140, índice 18.
        Assert.Equal(28, needs.Count);
        Assert.Equal(
            ["ld-linux-x86-64.so.2", "libm.so.6", "libgcc_s.so.1", "libc.so.6", "libstdc++.so.6"],
            needs.Select(n => n.Library).Distinct()
        );
        Assert.Equal(20, needs.Count(n => n.Library == "libstdc++.so.6"));
        Assert.Equal(("GLIBC_2.3", 28), (needs[0].Version, needs[0].Index));
        Assert.Equal(("GLIBCXX_3.4", 2), (needs[^1].Version, needs[^1].Index));
        var glibcxx32 = Assert.Single(needs, n => n.Version == "GLIBCXX_3.4.32");
        Assert.Equal("libstdc++.so.6", glibcxx32.Library);
        Assert.Equal(18, glibcxx32.Index);
        Assert.Equal(0x3f8f0 + 0x140 + 4, glibcxx32.FlagsOffset);
        Assert.All(needs, n => Assert.False(n.IsWeak)); // readelf: «Flags: none» en todas
    }

    [Fact]
    public void OnlyIosBaseLibraryInitUsesGlibcxx3432()
    {
        var image = OriginalLibTorchSharp();
        var index = ElfSymbolVersions.ReadNeeds(image).Single(n => n.Version == "GLIBCXX_3.4.32").Index;

        // readelf --dyn-syms: «482: ... UND _ZSt21ios_base_library_initv@GLIBCXX_3.4.32 (18)», el único con (18).
        Assert.Equal(["_ZSt21ios_base_library_initv"], ElfSymbolVersions.SymbolsUsing(image, index));
    }

    [Fact]
    public void PatchSetsTheWeakFlagAndChangesNothingElse()
    {
        var original = OriginalLibTorchSharp();
        var patched = (byte[])original.Clone();

        LibTorchSharpPatch.Patch(patched);

        var before = ElfSymbolVersions.ReadNeeds(original);
        var after = ElfSymbolVersions.ReadNeeds(patched);
        var target = after.Single(n => n.Version == "GLIBCXX_3.4.32");
        Assert.True(target.IsWeak);
        Assert.Equal(
            before.Where(n => n != before.Single(b => b.Version == "GLIBCXX_3.4.32")),
            after.Where(n => n != target)
        );
        var changed = Enumerable.Range(0, original.Length).Where(i => original[i] != patched[i]).ToList();
        Assert.Equal([target.FlagsOffset], changed); // vna_flags pasa de 0x0000 a 0x0002: cambia un solo byte
        Assert.Equal(ElfSymbolVersions.WeakFlag, patched[target.FlagsOffset]);
    }

    [Fact]
    public void MarkWeakIsIdempotentAndRejectsUnknownVersions()
    {
        var image = OriginalLibTorchSharp();

        Assert.Equal(1, ElfSymbolVersions.MarkWeak(image, "libstdc++.so.6", "GLIBCXX_3.4.32"));
        Assert.Equal(0, ElfSymbolVersions.MarkWeak(image, "libstdc++.so.6", "GLIBCXX_3.4.32"));
        var error = Assert.Throws<ArgumentException>(() =>
            ElfSymbolVersions.MarkWeak(image, "libstdc++.so.6", "GLIBCXX_9.9")
        );
        Assert.Contains("GLIBCXX_9.9", error.Message);
    }

    [Fact]
    public void ReadDefinitionsOfTheLoadedLibStdCxxListsItsVersions()
    {
        var path = TestNatives.LoadedLibStdCxx();
        var image = File.ReadAllBytes(path);

        var defined = ElfSymbolVersions.ReadDefinitions(image);

        // Toda libstdc++ define la base de las dos familias, y cada nombre está escrito tal cual en el fichero.
        Assert.Contains("GLIBCXX_3.4", defined);
        Assert.Contains("CXXABI_1.3", defined);
        Assert.All(
            defined,
            name => Assert.True(image.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(name + "\0")) >= 0, name)
        );
        // Las versiones de GLIBCXX_3.4.N son consecutivas: la N mayor definida implica todas las anteriores.
        var minors = defined
            .Where(v => v.StartsWith("GLIBCXX_3.4."))
            .Select(v => int.Parse(v["GLIBCXX_3.4.".Length..]))
            .ToList();
        Assert.Equal(Enumerable.Range(1, minors.Max()), minors.Order());
    }

    [Fact]
    public void NonElfInputIsRejectedWithAClearMessage()
    {
        var error = Assert.Throws<InvalidDataException>(() => ElfSymbolVersions.ReadNeeds("no soy un ELF"u8.ToArray()));
        Assert.Contains("ELF", error.Message);

        var elf32 = new byte[64];
        byte[] magic =
        [
            0x7F,
            (byte)'E',
            (byte)'L',
            (byte)'F',
            1 /* clase 1: 32 bits */
            ,
            1, /* little-endian */
        ];
        magic.CopyTo(elf32, 0);
        Assert.Contains(
            "64 bits",
            Assert.Throws<InvalidDataException>(() => ElfSymbolVersions.ReadNeeds(elf32)).Message
        );

        var truncated = OriginalLibTorchSharp()[..4096]; // la tabla de secciones está al final del fichero
        Assert.Throws<InvalidDataException>(() => ElfSymbolVersions.ReadNeeds(truncated));
    }
}
