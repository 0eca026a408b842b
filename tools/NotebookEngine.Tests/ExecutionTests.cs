using NotebookEngine;

namespace NotebookEngine.Tests;

public sealed class ExecutionTests(SessionFixture fixture) : IClassFixture<SessionFixture>
{
    private Task<CellResult> Run(string code) => fixture.Session.ExecuteAsync(code);

    [Fact]
    public async Task Last_expression_without_semicolon_is_the_result()
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
    public async Task Statements_and_void_calls_produce_no_result(string code)
    {
        var result = await Run(code);
        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
        Assert.Empty(result.Outputs);
    }

    [Fact]
    public async Task Later_cells_see_earlier_variables_and_methods()
    {
        await Run("var shared = 20; int Twice(int x) => 2 * x;");
        var result = await Run("Twice(shared) + 2");
        Assert.Equal("42", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
    }

    [Fact]
    public async Task Outputs_keep_the_order_in_which_they_happened()
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
    public async Task Display_extension_method_shows_the_value_once()
    {
        var result = await Run("new List<int> { 1, 2, 3 }.Display()");
        var output = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs));
        Assert.Equal("[1, 2, 3]", Outputs.Text(output.Data));
    }

    [Fact]
    public async Task Display_works_inside_methods_and_classes_of_a_cell()
    {
        var result = await Run(
            "void Show(int x) => display(x);\nclass Shower { public static void Show(int x) => NotebookFunctions.display(x); }\nShow(1);\nShower.Show(2);"
        );
        Assert.Equal("display:1 | display:2", Outputs.Describe(result.Outputs));
    }

    [Fact]
    public async Task Compile_error_names_the_user_line_and_column()
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
    public async Task Runtime_exception_names_the_line_and_keeps_the_session()
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

    // El JIT optimizado lanzaba estas desde un bloque compartido sin línea: la traza no decía dónde.
    [Theory]
    [InlineData("int x = int.MaxValue;\nchecked(x + 1)", "OverflowException", 2)]
    [InlineData("double big = 1e20;\nvar n = 0;\nn = checked((int)big);", "OverflowException", 3)]
    [InlineData("int[] a = new int[2];\na[5]", "IndexOutOfRangeException", 2)]
    [InlineData("int[] a = new int[2];\nint Fifth()\n{\n    return a[5];\n}\nFifth()", "IndexOutOfRangeException", 4)]
    [InlineData(
        "int SpanFifth()\n{\n    Span<int> s = stackalloc int[2];\n    return s[5];\n}\nSpanFifth()",
        "IndexOutOfRangeException",
        4
    )]
    public async Task Exceptions_raised_by_the_runtime_checks_name_the_cell_line(string code, string name, int line)
    {
        var result = await Run(code);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal(name, error.Name);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"{name} en la línea {line} de la celda:", error.Message);
    }

    [Fact]
    public async Task Exception_inside_a_method_of_an_earlier_cell_points_to_that_cell()
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
    public async Task Cells_for_other_kernels_fail_with_a_clear_message(string code)
    {
        var result = await Run(code);
        Assert.False(result.Succeeded);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("KernelNotSupported", error.Name);
        Assert.Contains("solo ejecuta C#", error.Message);
    }

    [Fact]
    public async Task The_csharp_kernel_line_is_accepted()
    {
        var result = await Run("#!csharp\n\"hola\"");
        Assert.Equal("hola", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
    }
}
