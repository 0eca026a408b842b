using System.Globalization;
using NotebookEngine;

namespace NotebookEngine.Tests;

/// <summary>Las órdenes mágicas de Polyglot que afectan a C#, ejecutadas en una sesión de verdad.</summary>
public sealed class MagicCommandTests(SessionFixture fixture) : IClassFixture<SessionFixture>
{
    private Task<CellResult> Run(string code) => fixture.Session.ExecuteAsync(code);

    [Fact]
    public async Task Time_shows_the_result_and_then_how_long_the_cell_took()
    {
        var result = await Run("#!time\nSystem.Threading.Thread.Sleep(120);\n7 * 6");

        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
        Assert.Equal(2, result.Outputs.Count);
        Assert.Equal("42", Outputs.Text(Assert.IsType<ResultOutput>(result.Outputs[0]).Data));
        var time = Outputs.Text(Assert.IsType<DisplayOutput>(result.Outputs[1]).Data);
        Assert.Matches(@"^Tiempo transcurrido: \d+\.\d\d ms$", time);
        var milliseconds = double.Parse(time.Split(' ')[2], CultureInfo.InvariantCulture);
        Assert.InRange(milliseconds, 120, 60_000);
    }

    [Fact]
    public async Task Whos_lists_each_variable_once_with_its_csharp_type_and_value()
    {
        await Run("var edadWhos = 3;\nvar listaWhos = new List<int> { 1, 2 };\nvar nombreWhos = 1.5;");
        await Run("var nombreWhos = \"Ana\";\nint? vacioWhos = null;");

        var result = await Run("#!whos");

        var display = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs));
        var lines = Outputs.Text(display.Data).Split('\n');
        Assert.Equal(["Variable", "Tipo", "Valor"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(lines, l => Columns(l) is ["edadWhos", "int", "3"]);
        Assert.Contains(lines, l => Columns(l) is ["listaWhos", "List<int>", "[1,", "2]"]);
        Assert.Contains(lines, l => Columns(l) is ["vacioWhos", "int?", "<null>"]);
        Assert.Equal(["nombreWhos", "string", "Ana"], Columns(Assert.Single(lines, l => l.StartsWith("nombreWhos"))));
        Assert.Contains("<td>List&lt;int&gt;</td>", display.Data["text/html"].GetValue<string>());
    }

    [Fact]
    public async Task Who_before_the_code_shows_the_session_as_it_was_and_after_the_code_as_it_is()
    {
        var before = await Run("#!who\nvar antesWho = 1;");
        var after = await Run("var despuesWho = 2;\n#!who");

        var namesBefore = Outputs.Text(Assert.IsType<DisplayOutput>(Assert.Single(before.Outputs)).Data).Split('\t');
        var namesAfter = Outputs.Text(Assert.IsType<DisplayOutput>(Assert.Single(after.Outputs)).Data).Split('\t');
        Assert.DoesNotContain("antesWho", namesBefore);
        Assert.Contains("antesWho", namesAfter);
        Assert.Contains("despuesWho", namesAfter);
    }

    [Fact]
    public async Task Who_in_a_new_session_says_there_are_no_variables()
    {
        await using var session = NotebookSession.Create(new SessionOptions { WorkingDirectory = fixture.Directory });

        var result = await session.ExecuteAsync("#!who");

        Assert.Equal("No hay variables en la sesión.", Outputs.Text(((DisplayOutput)result.Outputs.Single()).Data));
    }

    [Fact]
    public async Task A_markdown_cell_is_shown_as_markdown_without_compiling()
    {
        var result = await Run("#!markdown\n# Título\n\nUn *párrafo*.");

        Assert.True(result.Succeeded);
        var display = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs));
        Assert.Equal("# Título\n\nUn *párrafo*.", display.Data["text/markdown"].GetValue<string>());
    }

    [Fact]
    public async Task Lsmagic_lists_every_supported_command()
    {
        var result = await Run("#!lsmagic");

        var text = Outputs.Text(Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs)).Data);
        foreach (var magic in new[] { "#!csharp", "#!markdown", "#!time", "#!who", "#!whos", "#!set", "#!share" })
            Assert.Contains(magic, text);
    }

    [Fact]
    public async Task Set_and_share_declare_csharp_variables()
    {
        await Run("#!set --name saludoSet --value \"hola mundo\"");
        await Run("var numeroSet = 41 + 1;\n#!set --name copiaSet --value @csharp:numeroSet");
        await Run("#!share --from csharp saludoSet --as compartidoSet");

        var result = await Run("$\"{saludoSet}|{copiaSet + 1}|{compartidoSet.Length}\"");

        Assert.Equal("hola mundo|43|10", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
    }

    [Theory]
    [InlineData("#!set --name x --value @input:\"Nombre\"", "solo toma valores de @csharp")]
    [InlineData("#!share --from fsharp x", "solo comparte variables de csharp")]
    [InlineData("#!set --value 1", "#!set necesita --name N --value V")]
    [InlineData("#!set --name 2x --value 1", "debe ser un nombre de variable de C#, pero es '2x'")]
    [InlineData("#!about", "'#!about' de Polyglot no está disponible")]
    public async Task Magics_that_cannot_work_in_csharp_fail_with_a_spanish_message(string code, string expected)
    {
        var result = await Run(code);

        Assert.False(result.Succeeded);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("MagicNotSupported", error.Name);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task An_unknown_magic_lists_the_ones_that_exist()
    {
        var result = await Run("#!connect jupyter --kernel-name python3");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Contains("#!time, #!who, #!whos", error.Message);
    }

    [Fact]
    public async Task Errors_keep_the_line_of_the_user_after_a_set()
    {
        var result = await Run("#!set --name lineaSet --value 1\nint entero = \"texto\";");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal(2, error.Line);
    }

    private static string[] Columns(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
