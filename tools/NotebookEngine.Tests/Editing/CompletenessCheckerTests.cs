using NotebookEngine.Editing;

namespace NotebookEngine.Tests.Editing;

public class CompletenessCheckerTests
{
    [Theory]
    [InlineData("1 + 1")]
    [InlineData("var x = 1;")]
    [InlineData("Console.WriteLine(\"hola\");")]
    [InlineData("for (int i = 0; i < 3; i++) { Console.WriteLine(i); }")]
    [InlineData("#r \"nuget: MathNet.Numerics, 5.0.0\"\nusing MathNet.Numerics;")]
    [InlineData("#!csharp\nvar y = 2;")]
    [InlineData("#r \"nuget: Algo, 1.0.0\"\nvar x = 1;")]
    [InlineData("#i \"nuget: https://fuente/v3/index.json\"\nvar x = 1;")]
    [InlineData("")]
    [InlineData("   \n")]
    public void Complete_code(string code)
    {
        Assert.Equal("complete", CompletenessChecker.Check(code).Status);
    }

    [Theory]
    [InlineData("for (int i = 0; i < 3; i++) {", 1)]
    [InlineData("int Doble(int n)\n{\n    return 2 * n;", 1)]
    [InlineData("class A\n{\n    void M()\n    {", 2)]
    [InlineData("Console.WriteLine(", 0)]
    [InlineData("var s = @\"sin cerrar", 0)]
    public void Unfinished_code_is_incomplete_with_an_indent_per_open_brace(string code, int openBraces)
    {
        var result = CompletenessChecker.Check(code);

        Assert.Equal("incomplete", result.Status);
        Assert.Equal(new string(' ', 4 * openBraces), result.Indent);
    }

    [Theory]
    [InlineData("int x = );")]
    [InlineData("var x = = 2;")]
    [InlineData("Console.WriteLine(1));")]
    [InlineData("}")]
    public void Code_with_a_syntax_error_before_the_end_is_invalid(string code)
    {
        Assert.Equal("invalid", CompletenessChecker.Check(code).Status);
    }
}
