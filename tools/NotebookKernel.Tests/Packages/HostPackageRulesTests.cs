using System.Runtime.InteropServices;
using NotebookEngine;
using NotebookEngine.Packages;
using NotebookKernel.Packages;

namespace NotebookKernel.Tests.Packages;

public sealed class HostPackageRulesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kernel-paquetes-").FullName;

    public void Dispose()
    {
        Directory.SetCurrentDirectory(AppContext.BaseDirectory); // la sesión se mete en la carpeta del cuaderno
        Directory.Delete(_folder, recursive: true);
    }

    private static IReadOnlyList<PackageRequest> Apply(
        PackageRequest requested,
        TorchBackend backend,
        string runtimeIdentifier
    ) =>
        HostPackageRules.For(backend, runtimeIdentifier).FirstOrDefault(r => r.Matches(requested)) is { } rule
            ? rule.Apply(requested)
            : [requested];

    [Fact]
    public void TorchSharp_cpu_becomes_the_linux_packages_on_cpu_and_plotly_interactive_is_not_restored()
    {
        Assert.Equal(
            [new PackageRequest("TorchSharp", "0.107.0"), new("libtorch-cpu-linux-x64", "2.10.0")],
            Apply(new("TorchSharp-cpu", "0.107.0"), TorchBackend.Cpu, "linux-x64")
        );
        Assert.Empty(Apply(new("Plotly.NET.Interactive", "5.0.0"), TorchBackend.Cpu, "linux-x64"));
        Assert.Equal(
            [new PackageRequest("MathNet.Numerics", "5.0.0")],
            Apply(new("MathNet.Numerics", "5.0.0"), TorchBackend.Cpu, "linux-x64")
        );
    }

    [Theory]
    [InlineData("osx-arm64", "0.107.0")] // otra plataforma: tal cual
    [InlineData("linux-x64", "0.99.0")] // versión sin libtorch conocida: tal cual
    public void TorchSharp_cpu_is_kept_when_there_is_no_known_swap(string runtimeIdentifier, string version) =>
        Assert.Equal(
            [new PackageRequest("TorchSharp-cpu", version)],
            Apply(new("TorchSharp-cpu", version), TorchBackend.Cpu, runtimeIdentifier)
        );

    [Fact]
    public void The_cuda_backend_asks_for_the_cuda_package_of_the_same_version_and_says_where_to_find_it()
    {
        var expected = OperatingSystem.IsWindows()
            ? HostPackageRules.TorchSharpCudaWindows
            : HostPackageRules.TorchSharpCudaLinux;
        var rule = HostPackageRules
            .For(TorchBackend.Cuda, "linux-x64")
            .Single(r => r.Matches(new("TorchSharp-cpu", "0.42.0")));

        Assert.Equal([new PackageRequest(expected, "0.42.0")], rule.Apply(new("TorchSharp-cpu", "0.42.0")));
        Assert.Contains("NOTEBOOK_TORCH_BACKEND=cpu", rule.RestoreFailureHint);
    }

    [Theory]
    [InlineData("cpu", TorchBackend.Cpu)]
    [InlineData(" CUDA ", TorchBackend.Cuda)]
    [InlineData("gpu", TorchBackend.Cuda)]
    [InlineData("auto", TorchBackend.Auto)]
    public void The_backend_names_are_read_ignoring_case(string text, TorchBackend backend) =>
        Assert.Equal(backend, HostPackageRules.ParseTorchBackend(text, "--torch-backend"));

    [Fact]
    public void An_unknown_backend_is_refused_naming_the_argument_and_the_value()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            HostPackageRules.ParseTorchBackend("tpu", "--torch-backend")
        );

        Assert.Equal("--torch-backend vale 'tpu', pero se esperaba cpu, cuda o auto.", error.Message);
    }

    /// <summary>
    /// De punta a punta con el motor: TorchSharp-cpu se restaura como TorchSharp + libtorch-cpu-linux-x64 (los dos ya
    /// en la caché global de NuGet). No se llama a torch: cargar la libtorch nativa en Debian 12 es cosa de la
    /// biblioteca del curso.
    /// </summary>
    [LinuxX64Fact]
    public async Task A_session_with_these_rules_restores_TorchSharp_with_only_the_linux_libtorch()
    {
        var log = new StringWriter();
        await using var session = NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = _folder,
                PackageCacheDirectory = Path.Combine(_folder, "cache"),
                PackageRules = HostPackageRules.For(TorchBackend.Cpu, "linux-x64"),
                RenderChartImages = false,
                Log = log,
            }
        );

        var result = await session.ExecuteAsync(
            "#r \"nuget: TorchSharp-cpu, 0.107.0\"\ntypeof(TorchSharp.torch).Assembly.GetName().Version!.ToString()"
        );

        Assert.True(result.Succeeded, string.Join(" | ", result.Outputs));
        var value = Assert.IsType<ResultOutput>(Assert.Single(result.Outputs));
        Assert.Equal("0.107.0.0", value.Data["text/plain"].GetValue<string>());
        Assert.Contains("libtorch-cpu-linux-x64 2.10.0", log.ToString());
    }

    /// <summary>Solo en linux-x64, la única plataforma con el cambio; en otra se salta diciendo por qué.</summary>
    private sealed class LinuxX64FactAttribute : FactAttribute
    {
        public LinuxX64FactAttribute()
        {
            if (RuntimeInformation.RuntimeIdentifier != "linux-x64")
                Skip =
                    $"El cambio de TorchSharp-cpu por los paquetes de Linux solo existe en linux-x64, y esto es {RuntimeInformation.RuntimeIdentifier}.";
        }
    }
}
