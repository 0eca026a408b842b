using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NotebookEngine.Editing;

namespace NotebookEngine.Tests.Editing;

public class SubmissionGroupsTests
{
    private static readonly CSharpParseOptions Script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    [Fact]
    public void Cells_without_repeated_names_share_one_group_with_directives_and_usings_first()
    {
        var groups = SubmissionGroups.Build([
            "var a = 1;",
            "#r \"/tmp/Biblioteca.dll\"\nusing System.Text.RegularExpressions;\nvar r = new Regex(\"x\");",
            "a + 1",
            "int Doble(int n) => 2 * n;",
        ]);

        var group = Assert.Single(groups);
        var lines = group.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("#r \"/tmp/Biblioteca.dll\"", lines[0]);
        Assert.Equal("using System.Text.RegularExpressions;", lines[1]);
        var errors = CSharpSyntaxTree
            .ParseText(group, Script)
            .GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("var dato = 2;")]
    [InlineData("string dato = \"dos\";")]
    [InlineData("int dato() => 2;")]
    [InlineData("class dato { }")]
    [InlineData("var (dato, otro) = (1, 2);")]
    [InlineData("int.TryParse(\"2\", out var dato);")]
    public void A_cell_that_declares_a_name_again_starts_a_new_group(string redeclaration)
    {
        var groups = SubmissionGroups.Build(["var dato = 1;", "Console.WriteLine(dato);", redeclaration, "dato"]);

        Assert.Equal(2, groups.Count);
        Assert.Contains("Console.WriteLine(dato);", groups[0]);
        Assert.Contains(redeclaration, groups[1]);
    }

    [Fact]
    public void Groups_hold_at_most_the_maximum_number_of_cells()
    {
        var cells = Enumerable
            .Range(0, 2 * SubmissionGroups.MaxCellsPerGroup + 1)
            .Select(i => $"var v{i} = {i};")
            .ToList();

        var groups = SubmissionGroups.Build(cells);

        Assert.Equal(3, groups.Count);
        Assert.Contains($"var v{SubmissionGroups.MaxCellsPerGroup - 1} =", groups[0]);
        Assert.Contains($"var v{SubmissionGroups.MaxCellsPerGroup} =", groups[1]);
    }

    [Fact]
    public void No_cells_no_groups()
    {
        Assert.Empty(SubmissionGroups.Build([]));
    }
}
