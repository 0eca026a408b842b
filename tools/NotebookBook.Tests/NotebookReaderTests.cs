using System.Text.Json.Nodes;
using static NotebookBook.Tests.NotebookJson;

namespace NotebookBook.Tests;

public class NotebookReaderTests
{
    [Fact]
    public void Malformed_json_names_the_file_and_the_line_in_spanish()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("03-roto.ipynb");
        File.WriteAllText(path, "{\n  \"cells\": [\n    { \"cell_type\": \"markdown\", }\n");

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(path));

        Assert.Equal(path, error.NotebookPath);
        Assert.StartsWith("El cuaderno '03-roto.ipynb' no es JSON válido: error en la línea 3", error.Message);
    }

    [Theory]
    [InlineData("[]", "El cuaderno 'x.ipynb' debe ser un objeto JSON, pero es una lista.")]
    [InlineData("{\"nbformat\": 3, \"cells\": []}", "El cuaderno 'x.ipynb' usa nbformat 3; se esperaba nbformat 4.")]
    [InlineData("{\"nbformat\": 4}", "El cuaderno 'x.ipynb' no tiene la lista \"cells\" de nbformat 4.")]
    [InlineData(
        "{\"cells\": [{\"cell_type\": \"imagen\", \"source\": \"\"}]}",
        "La celda 1 del cuaderno 'x.ipynb' tiene \"cell_type\" = 'imagen'; se esperaba 'markdown', 'code' o 'raw'."
    )]
    [InlineData(
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": 5}]}",
        "La celda 1 del cuaderno 'x.ipynb' tiene \"source\" que no es texto ni lista de líneas, sino el valor 5."
    )]
    [InlineData(
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"foto\"}]}]}",
        "La celda 1 del cuaderno 'x.ipynb' tiene una salida con \"output_type\" = 'foto'; se esperaba 'stream', 'display_data', 'execute_result' o 'error'."
    )]
    public void Json_that_is_not_nbformat_4_is_rejected_with_a_clear_message(string json, string message)
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse(json, "/tmp/x.ipynb"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Reads_cells_outputs_and_execution_counts_in_order()
    {
        var json = Notebook(
                Markdown("# Título\n\nTexto."),
                Code(
                    "Console.WriteLine(1);\n1 + 1",
                    7,
                    Stream("stdout", "1\n"),
                    Result(7, new JsonObject { ["text/plain"] = new JsonArray("2", "\n", "3") })
                ),
                Code("error()", null, Error("E", "mal", "línea 1"))
            )
            .ToJsonString();

        var notebook = NotebookReader.Parse(json, "/libro/01-uno.ipynb");

        Assert.Equal("01-uno", notebook.Name);
        var markdown = Assert.IsType<MarkdownCell>(notebook.Cells[0]);
        Assert.Equal("# Título\n\nTexto.", markdown.Source);
        var code = Assert.IsType<CodeCell>(notebook.Cells[1]);
        Assert.Equal(("Console.WriteLine(1);\n1 + 1", 7, "csharp"), (code.Source, code.ExecutionCount, code.Language));
        Assert.Equal(new StreamOutput("stdout", "1\n"), code.Outputs[0]);
        var result = Assert.IsType<RichOutput>(code.Outputs[1]);
        Assert.True(result.IsExecuteResult);
        Assert.Equal("2\n3", result.Data["text/plain"].GetValue<string>());
        var error = Assert.IsType<ErrorOutput>(Assert.IsType<CodeCell>(notebook.Cells[2]).Outputs.Single());
        Assert.Equal(("E", "mal", "línea 1"), (error.Name, error.Value, error.Traceback.Single()));
        Assert.Null(((CodeCell)notebook.Cells[2]).ExecutionCount);
    }

    [Fact]
    public void The_language_comes_from_the_magic_line_then_cell_metadata_then_the_notebook()
    {
        var fsharp = Code("#!fsharp\nlet x = 1");
        var pwsh = Code("Get-Item");
        pwsh["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = "pwsh" } };
        var plain = Code("var x = 1;");
        plain["metadata"] = new JsonObject();

        var notebook = NotebookReader.Parse(Notebook(fsharp, pwsh, plain).ToJsonString(), "x.ipynb");

        Assert.Equal(["fsharp", "pwsh", "csharp"], notebook.Cells.Cast<CodeCell>().Select(c => c.Language));
    }

    [Fact]
    public void Attachments_become_data_uris()
    {
        var cell = Markdown("![logo](attachment:logo.png)");
        cell["attachments"] = new JsonObject { ["logo.png"] = new JsonObject { ["image/png"] = "AQID" } };

        var markdown = (MarkdownCell)NotebookReader.Parse(Notebook(cell).ToJsonString(), "x.ipynb").Cells[0];

        Assert.Equal("data:image/png;base64,AQID", markdown.Attachments["logo.png"]);
    }

    [Fact]
    public void The_fixture_notebook_reads_completely()
    {
        var notebook = NotebookReader.Read(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "01-regresion-logistica.ipynb")
        );

        Assert.Equal(9, notebook.Cells.Count);
        Assert.Equal(5, notebook.Cells.OfType<CodeCell>().Count());
        Assert.Equal([1, 2, 3, 4, 5], notebook.Cells.OfType<CodeCell>().Select(c => c.ExecutionCount ?? 0));
    }
}
