using TorchNativeLoader;

namespace TorchNativeLoader.Tests;

public sealed class LibTorchSharpPatchTests : IDisposable
{
    private readonly string cache = Directory.CreateTempSubdirectory("intronn-patch-").FullName;

    public void Dispose() => Directory.Delete(cache, recursive: true);

    [Fact]
    public void WritesOnePatchedCopyKeyedByTheOriginalsHash()
    {
        var original = TestNatives.Files.LibTorchSharp;

        var path = LibTorchSharpPatch.GetOrCreate(original, cache);

        Assert.Equal("libLibTorchSharp.so", Path.GetFileName(path));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(original)));
        Assert.Equal(hash[..16], Path.GetFileName(Path.GetDirectoryName(path)));
        Assert.Single(Directory.GetFiles(cache, "*", SearchOption.AllDirectories)); // ningún temporal olvidado
        var need = ElfSymbolVersions.ReadNeeds(File.ReadAllBytes(path)).Single(n => n.Version == "GLIBCXX_3.4.32");
        Assert.True(need.IsWeak);
        Assert.Equal(new FileInfo(original).Length, new FileInfo(path).Length);
    }

    [Fact]
    public void ReusesTheCachedCopy()
    {
        var original = TestNatives.Files.LibTorchSharp;
        var first = LibTorchSharpPatch.GetOrCreate(original, cache);
        var written = File.GetLastWriteTimeUtc(first);

        var second = LibTorchSharpPatch.GetOrCreate(original, cache);

        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(second));
    }

    [Fact]
    public void ConcurrentCallsAgreeOnOneCompleteCopy()
    {
        var original = TestNatives.Files.LibTorchSharp;

        var paths = new string[8];
        Parallel.For(0, paths.Length, i => paths[i] = LibTorchSharpPatch.GetOrCreate(original, cache));

        Assert.Single(paths.Distinct());
        Assert.Single(Directory.GetFiles(cache, "*", SearchOption.AllDirectories));
        var expected = File.ReadAllBytes(original);
        LibTorchSharpPatch.Patch(expected);
        Assert.Equal(expected, File.ReadAllBytes(paths[0]));
    }
}
