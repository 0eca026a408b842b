using NotebookEngine.Packages;
using NotebookEngine.Scripting;

namespace NotebookEngine.Tests;

public sealed class DirectiveTests
{
    [Fact]
    public void NuGetAndSourceLinesAreTakenOutKeepingLineNumbers()
    {
        var cell = CellSource.Parse(
            "#!csharp\n#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"nuget:Plotly.NET\"\n#i \"nuget: https://example.org/v3/index.json\"\n#r \"lib.dll\"\nvar x = 1;"
        );
        Assert.Equal(
            [new PackageRequest("MathNet.Numerics", "5.0.0"), new PackageRequest("Plotly.NET", null)],
            cell.Packages
        );
        Assert.Equal(["https://example.org/v3/index.json"], cell.Sources);
        Assert.Equal("\n\n\n\n#r \"lib.dll\"\nvar x = 1;", cell.Code);
        Assert.Null(cell.ForeignKernel);
        Assert.Null(cell.UnsupportedMagic);
    }

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", "fsharp", null)]
    [InlineData("#!time\n1", null, "#!time")]
    [InlineData("#!c#\n1", null, null)]
    public void MagicLinesAreClassified(string code, string? foreign, string? unsupported)
    {
        var cell = CellSource.Parse(code);
        Assert.Equal(foreign, cell.ForeignKernel);
        Assert.Equal(unsupported, cell.UnsupportedMagic);
    }

    [Fact]
    public void TorchSharpCpuBecomesTheLinuxPackagesOnCpu()
    {
        var notes = new List<string>();
        var packages = PackageSubstitutions.Apply(
            [
                new("TorchSharp-cpu", "0.107.0"),
                new("Plotly.NET.Interactive", "5.0.0"),
                new("MathNet.Numerics", "5.0.0"),
            ],
            TorchBackend.Cpu,
            "linux-x64",
            notes
        );
        Assert.Equal(
            [
                new PackageRequest("TorchSharp", "0.107.0"),
                new("libtorch-cpu-linux-x64", "2.10.0"),
                new("MathNet.Numerics", "5.0.0"),
            ],
            packages
        );
        Assert.Equal(2, notes.Count);
    }

    [Theory]
    [InlineData("osx-arm64", "0.107.0")] // otra plataforma: tal cual
    [InlineData("linux-x64", "0.99.0")] // versión sin libtorch conocida: tal cual
    public void TorchSharpCpuIsKeptWhenThereIsNoKnownSwap(string runtimeIdentifier, string version)
    {
        var packages = PackageSubstitutions.Apply(
            [new("TorchSharp-cpu", version)],
            TorchBackend.Cpu,
            runtimeIdentifier,
            []
        );
        Assert.Equal([new PackageRequest("TorchSharp-cpu", version)], packages);
    }

    [Fact]
    public void CudaBackendAsksForTheCudaPackageOfTheSameVersion()
    {
        var packages = PackageSubstitutions.Apply(
            [new("TorchSharp-cpu", "0.107.0")],
            TorchBackend.Cuda,
            "linux-x64",
            []
        );
        var expected = OperatingSystem.IsWindows()
            ? PackageSubstitutions.TorchSharpCudaWindows
            : PackageSubstitutions.TorchSharpCudaLinux;
        Assert.Equal([new PackageRequest(expected, "0.107.0")], packages);
    }

    [Fact]
    public void RestoreErrorsNameThePackageAndVersion()
    {
        var output = """
            /tmp/x/Restore.csproj : error NU1101: Unable to find package Nada.Nada. No packages exist with this id in source(s): nuget.org [/tmp/x/Restore.csproj]
            /tmp/x/Restore.csproj : error NU1102: Unable to find package MathNet.Numerics with version (>= 99.0.0) [/tmp/x/Restore.csproj]
            """;
        var message = RestoreErrorParser.Describe(
            output,
            [new("Nada.Nada", "1.0.0"), new("MathNet.Numerics", "99.0.0")]
        );
        Assert.Contains("'Nada.Nada' no existe en las fuentes configuradas (pedido: versión 1.0.0; NU1101)", message);
        Assert.Contains("'MathNet.Numerics' no tiene la versión 99.0.0", message);
    }
}
