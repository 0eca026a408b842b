using NotebookEngine.Packages;
using NotebookEngine.Scripting;

namespace NotebookEngine.Tests;

public sealed class DirectiveTests
{
    [Fact]
    public void Nuget_and_source_lines_are_taken_out_keeping_line_numbers()
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
        Assert.Empty(cell.Magics);
    }

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", "fsharp", null)]
    [InlineData("#!time\n1", null, "time")]
    [InlineData("#!WHOS", null, "whos")]
    [InlineData("#!c#\n1", null, null)]
    public void Magic_lines_are_classified(string code, string? foreign, string? magic)
    {
        var cell = CellSource.Parse(code);
        Assert.Equal(foreign, cell.ForeignKernel);
        Assert.Equal(magic, cell.Magics.SingleOrDefault()?.Name);
    }

    [Fact]
    public void Markdown_runs_until_the_next_kernel_line_and_magics_know_if_they_come_before_the_code()
    {
        var cell = CellSource.Parse(
            "#!who\nvar x = 1;\n#!markdown\n# Título\n\ntexto\n#!csharp\nx\n#!set --name y --value 2"
        );

        Assert.Equal("\nvar x = 1;\n\n\n\n\n\nx\n", cell.Code);
        Assert.Equal(
            [
                new MagicLine("who", "", 0, BeforeCode: true),
                new MagicLine("markdown", "# Título\n\ntexto", 2, BeforeCode: false),
                new MagicLine("set", "--name y --value 2", 8, BeforeCode: false),
            ],
            cell.Magics
        );
    }

    [Fact]
    public void Package_rules_from_the_host_swap_or_drop_packages_and_keep_the_rest()
    {
        var (wanted, notes, hints) = PackageRules.Apply(
            [new("Viejo", "1.0.0"), new("Innecesario", "2.0.0"), new("Viejo", "9.9.9"), new("Otro", "3.0.0")],
            [
                new PackageRule("viejo", "1.0.0", [new("Nuevo", null), new("Ayudante", "4.0.0")], "motivo de prueba")
                {
                    RestoreFailureHint = "pista",
                },
                new PackageRule("Innecesario", null, [], "no hace falta"),
            ]
        );

        Assert.Equal(
            [
                new PackageRequest("Nuevo", "1.0.0"), // sin versión en la regla: la pedida
                new("Ayudante", "4.0.0"),
                new("Viejo", "9.9.9"), // la regla es solo para la 1.0.0
                new("Otro", "3.0.0"),
            ],
            wanted
        );
        Assert.Equal(
            [
                "Viejo 1.0.0 → Nuevo 1.0.0 + Ayudante 4.0.0 (motivo de prueba).",
                "Innecesario 2.0.0: no se restaura (no hace falta).",
            ],
            notes
        );
        Assert.Equal(["pista"], hints);
    }

    [Fact]
    public void Restore_errors_name_the_package_and_version()
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
