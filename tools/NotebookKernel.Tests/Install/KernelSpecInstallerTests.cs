using System.Buffers.Binary;
using System.Text.Json.Nodes;
using NotebookKernel.Install;

namespace NotebookKernel.Tests.Install;

public sealed class KernelSpecInstallerTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("jupyter-datos-").FullName;

    [Fact]
    public void Writes_a_kernelspec_that_launches_this_kernel_with_dotnet()
    {
        var folder = KernelSpecInstaller.Install(
            _dataDirectory,
            "csharp-prueba",
            KernelSpecInstaller.CurrentDotnetHost(),
            KernelSpecInstaller.CurrentKernelAssembly()
        );

        Assert.Equal(Path.Combine(_dataDirectory, "kernels", "csharp-prueba"), folder);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;
        var argv = spec["argv"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(4, argv.Count);
        Assert.True(Path.IsPathRooted(argv[0]) ? File.Exists(argv[0]) : argv[0] == "dotnet");
        Assert.True(File.Exists(argv[1]));
        Assert.Equal("NotebookKernel.dll", Path.GetFileName(argv[1]));
        Assert.Equal(["-f", "{connection_file}"], argv[2..]);
        Assert.Equal("C# (Redes neuronales)", spec["display_name"]!.GetValue<string>());
        Assert.Equal("C#", spec["language"]!.GetValue<string>());
        Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    public void Copies_the_logos_as_png_of_the_right_size(int size)
    {
        var folder = KernelSpecInstaller.Install(
            _dataDirectory,
            "csharp-prueba",
            "dotnet",
            KernelSpecInstaller.CurrentKernelAssembly()
        );

        var png = File.ReadAllBytes(Path.Combine(folder, $"logo-{size}x{size}.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // Cabecera IHDR: ancho y alto en big-endian en los bytes 16-23.
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void Installing_again_replaces_the_previous_spec()
    {
        KernelSpecInstaller.Install(
            _dataDirectory,
            "csharp-prueba",
            "/viejo/dotnet",
            KernelSpecInstaller.CurrentKernelAssembly()
        );
        var folder = KernelSpecInstaller.Install(
            _dataDirectory,
            "csharp-prueba",
            "/nuevo/dotnet",
            KernelSpecInstaller.CurrentKernelAssembly()
        );

        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;
        Assert.Equal("/nuevo/dotnet", spec["argv"]![0]!.GetValue<string>());
        Assert.Equal(
            ["kernel.json", "logo-32x32.png", "logo-64x64.png"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order()
        );
    }

    [Theory]
    [InlineData("")]
    [InlineData("con espacios")]
    [InlineData("../fuera")]
    public void Rejects_a_name_jupyter_would_not_accept(string name)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            KernelSpecInstaller.Install(_dataDirectory, name, "dotnet", KernelSpecInstaller.CurrentKernelAssembly())
        );
        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void Rejects_a_kernel_assembly_that_does_not_exist()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            KernelSpecInstaller.Install(_dataDirectory, "csharp-prueba", "dotnet", "/no/existe/NotebookKernel.dll")
        );
        Assert.Contains("/no/existe/NotebookKernel.dll", error.Message);
    }

    [Fact]
    public void Prefix_installs_go_under_share_jupyter()
    {
        Assert.Equal(
            Path.Combine("/opt/entorno", "share", "jupyter"),
            JupyterPaths.PrefixDataDirectory("/opt/entorno")
        );
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}
