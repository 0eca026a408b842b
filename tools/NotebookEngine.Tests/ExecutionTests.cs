using NotebookEngine;

namespace NotebookEngine.Tests;

public sealed class ExecutionTests(SessionFixture fixture) : IClassFixture<SessionFixture>
{
    private Task<CellResult> Run(string code) => fixture.Session.ExecuteAsync(code);

    [Fact]
    public async Task LastExpressionWithoutSemicolonIsTheResult()
    {
        var result = await Run("1 + 1");
        Assert.True(result.Succeeded);
        var output = Assert.IsType<ResultOutput>(Assert.Single(result.Outputs));
        Assert.Equal("2", Outputs.Text(output.Data));
    }

    [Theory]
    [InlineData("var unused = 1 + 1;")]
    [InlineData("Math.Abs(-1);")]
    [InlineData("void F() { }\nF()")]
    public async Task StatementsAndVoidCallsProduceNoResult(string code)
    {
        var result = await Run(code);
        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
        Assert.Empty(result.Outputs);
    }

    [Fact]
    public async Task LaterCellsSeeEarlierVariablesAndMethods()
    {
        await Run("var shared = 20; int Twice(int x) => 2 * x;");
        var result = await Run("Twice(shared) + 2");
        Assert.Equal("42", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
    }

    [Fact]
    public async Task OutputsKeepTheOrderInWhichTheyHappened()
    {
        var streamed = new List<CellOutput>();
        var result = await fixture.Session.ExecuteAsync(
            "Console.WriteLine(\"antes\");\ndisplay(\"mostrado\");\nConsole.Error.WriteLine(\"aviso\");\nConsole.WriteLine(\"después\");\n7 * 6",
            streamed.Add
        );
        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
        Assert.Equal(
            "stdout:antes\n | display:mostrado | stderr:aviso\n | stdout:después\n | result:42",
            Outputs.Describe(result.Outputs)
        );
        Assert.Equal(Outputs.Describe(result.Outputs), Outputs.Describe(streamed));
    }

    [Fact]
    public async Task DisplayExtensionMethodShowsTheValueOnce()
    {
        var result = await Run("new List<int> { 1, 2, 3 }.Display()");
        var output = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs));
        Assert.Equal("[1, 2, 3]", Outputs.Text(output.Data));
    }

    [Fact]
    public async Task DisplayWorksInsideMethodsAndClassesOfACell()
    {
        var result = await Run(
            "void Show(int x) => display(x);\nclass Shower { public static void Show(int x) => NotebookFunctions.display(x); }\nShow(1);\nShower.Show(2);"
        );
        Assert.Equal("display:1 | display:2", Outputs.Describe(result.Outputs));
    }

    [Fact]
    public async Task CompileErrorNamesTheUserLineAndColumn()
    {
        var result = await Run("var a = 1;\nfor (var i = 0; i < 3; i++) { var b = sinDeclarar; }");
        Assert.False(result.Succeeded);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal(2, error.Line);
        Assert.Equal("for (var i = 0; i < 3; i++) { var b = ".Length + 1, error.Column);
        Assert.Contains("línea 2, columna", error.Message);
        Assert.Contains("sinDeclarar", error.Message);
    }

    [Fact]
    public async Task RuntimeExceptionNamesTheLineAndKeepsTheSession()
    {
        var result = await Run("var z = 3;\n\nthrow new InvalidOperationException(\"explota\");");
        Assert.False(result.Succeeded);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("InvalidOperationException", error.Name);
        Assert.Equal(3, error.Line);
        Assert.Contains("línea 3", error.Message);
        Assert.Contains("explota", error.Message);
        Assert.True((await Run("1")).Succeeded);
    }

    [Fact]
    public async Task ExceptionInsideAMethodOfAnEarlierCellPointsToThatCell()
    {
        await Run("int Divide(int a, int b)\n{\n    return a / b;\n}");
        var result = await Run("Divide(1, 0)");
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("DivideByZeroException", error.Name);
        Assert.Contains("línea 3 de la celda ejecutada en el paso", error.Message);
    }

    [Theory]
    [InlineData("#!fsharp\nlet x = 1")]
    [InlineData("#!pwsh\nGet-Date")]
    public async Task CellsForOtherKernelsFailWithAClearMessage(string code)
    {
        var result = await Run(code);
        Assert.False(result.Succeeded);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("KernelNotSupported", error.Name);
        Assert.Contains("solo ejecuta C#", error.Message);
    }

    [Fact]
    public async Task CSharpKernelLineIsAccepted()
    {
        var result = await Run("#!csharp\n\"hola\"");
        Assert.Equal("hola", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
    }
}
