using TorchNativeLoader;
using TorchSharp;

namespace TorchNativeLoader.Tests;

public class TorchNativeTests
{
    [Fact]
    public void TorchWorksAfterEnsureLoaded()
    {
        TorchNative.EnsureLoaded();

        using var ones = torch.ones(2);

        Assert.Equal([1f, 1f], ones.data<float>().ToArray());
    }

    [Fact]
    public void ActsOnlyWhereTheLoadedLibStdCxxLacksGlibcxx3432()
    {
        var note = TorchNative.EnsureLoaded();

        var systemHasIt = ElfSymbolVersions
            .ReadDefinitions(File.ReadAllBytes(TestNatives.LoadedLibStdCxx()))
            .Contains("GLIBCXX_3.4.32");
        if (systemHasIt)
        {
            Assert.Null(note);
        }
        else
        {
            Assert.NotNull(note);
            Assert.DoesNotContain('\n', note); // una sola línea
            Assert.Contains("GLIBCXX_3.4.32", note);
            Assert.Contains("libstdc++", note);
            var patched = note[(note.LastIndexOf(": ", StringComparison.Ordinal) + 2)..];
            Assert.True(File.Exists(patched), patched);
            Assert.True(new FileInfo(patched).Length < 16 << 20, "la copia es solo libLibTorchSharp.so");
        }
    }

    [Fact]
    public void IsIdempotentAndThreadSafe()
    {
        var first = TorchNative.EnsureLoaded();

        var results = new string?[16];
        Parallel.For(0, results.Length, i => results[i] = TorchNative.EnsureLoaded());

        Assert.All(results, result => Assert.Same(first, result));
    }

    [Fact]
    public void NeverConsolidatesHundredsOfMegabytesNextToTorchSharp()
    {
        TorchNative.EnsureLoaded();
        using var probe = torch.zeros(1);

        // Cuando su carga falla, TorchSharp copia ~600 MB a «cpu» (o «cuda-12.8») junto a TorchSharp.dll.
        var torchSharpDir = Path.GetDirectoryName(typeof(torch).Assembly.Location)!;
        Assert.False(Directory.Exists(Path.Combine(torchSharpDir, "cpu")));
        Assert.False(Directory.Exists(Path.Combine(torchSharpDir, "cuda-12.8")));
    }

    [Fact]
    public void FindsTheNativesOfTheTestOutputFolder()
    {
        var files = TestNatives.Files;

        Assert.True(files.InAppFolder);
        Assert.Equal("libLibTorchSharp.so", Path.GetFileName(files.LibTorchSharp));
        Assert.Equal("libtorch.so", Path.GetFileName(files.LibTorch));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(files.LibTorch)!, "libtorch_cpu.so")));
    }
}
