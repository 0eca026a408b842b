using System.Text.Json.Nodes;
using static NotebookFormat.Tests.NotebookJson;

namespace NotebookFormat.Tests;

public class NotebookReaderTests
{
    [Fact]
    public void Malformed_json_names_the_file_and_the_line_in_spanish()
    {
        var path = Path.Combine(Path.GetTempPath(), "03-roto.ipynb");
        var error = Assert.Throws<NotebookFormatException>(() =>
            Notebook.Parse("{\n  \"cells\": [\n    { \"cell_type\": \"markdown\", }\n", path)
        );

        Assert.Equal(path, error.NotebookPath);
        Assert.StartsWith("El cuaderno '03-roto.ipynb' no es JSON válido: error en la línea 3", error.Message);
    }

    [Theory]
    [InlineData("[]", "El cuaderno 'x.ipynb' debe ser un objeto JSON, pero es una lista.")]
    [InlineData(
        "{\"nbformat\": 3, \"cells\": []}",
        "El cuaderno 'x.ipynb' no es válido: \"nbformat\" debe ser el número 4 (nbformat 4), pero es el número 3."
    )]
    [InlineData(
        "{\"nbformat\": \"4\", \"cells\": []}",
        "El cuaderno 'x.ipynb' no es válido: \"nbformat\" debe ser un número entero, pero es el texto \"4\"."
    )]
    [InlineData(
        "{\"cells\": []}",
        "El cuaderno 'x.ipynb' no es válido: \"nbformat\" debe ser un número entero, pero no está."
    )]
    [InlineData(
        "{\"nbformat\": 4}",
        "El cuaderno 'x.ipynb' no es válido: \"cells\" debe ser una lista de celdas, pero no está."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"metadata\": [], \"cells\": []}",
        "El cuaderno 'x.ipynb' no es válido: \"metadata\" debe ser un objeto JSON, pero es una lista."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"cells\": [7]}",
        "El cuaderno 'x.ipynb' no es válido: en la celda 1, el elemento debe ser un objeto JSON, pero es el número 7."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"imagen\", \"source\": \"\"}]}",
        "El cuaderno 'x.ipynb' no es válido: en la celda 1, \"cell_type\" debe ser 'markdown', 'code' o 'raw', pero es el texto \"imagen\"."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"markdown\", \"source\": \"\"}, {\"cell_type\": \"code\", \"source\": 42}]}",
        "El cuaderno 'x.ipynb' no es válido: en la celda 2, \"source\" debe ser un texto o una lista de textos, pero es el número 42."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\"}]}",
        "El cuaderno 'x.ipynb' no es válido: en la celda 1, \"source\" debe ser un texto o una lista de textos, pero no está."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"execution_count\": \"1\"}]}",
        "El cuaderno 'x.ipynb' no es válido: en la celda 1, \"execution_count\" debe ser un número entero o null, pero es el texto \"1\"."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": {}}]}",
        "El cuaderno 'x.ipynb' no es válido: en la celda 1, \"outputs\" debe ser una lista de salidas, pero es un objeto."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"foto\"}]}]}",
        "El cuaderno 'x.ipynb' no es válido: en la salida 1 de la celda 1, \"output_type\" debe ser 'stream', 'display_data', 'execute_result', 'error', pero es el texto \"foto\"."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [1]}]}]}",
        "El cuaderno 'x.ipynb' no es válido: en la salida 1 de la celda 1, \"text\" debe ser un texto o una lista de textos, pero es una lista."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"error\", \"ename\": \"E\", \"evalue\": \"\", \"traceback\": \"x\"}]}]}",
        "El cuaderno 'x.ipynb' no es válido: en la salida 1 de la celda 1, \"traceback\" debe ser una lista de textos, pero es el texto \"x\"."
    )]
    [InlineData(
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"metadata\": {\"tags\": [3]}}]}",
        "El cuaderno 'x.ipynb' no es válido: en la celda 1, \"metadata.tags\" debe ser una lista de textos, pero es una lista."
    )]
    public void Json_that_is_not_nbformat_4_is_rejected_naming_the_file_and_the_field(string json, string message)
    {
        var error = Assert.Throws<NotebookFormatException>(() => Notebook.Parse(json, "/tmp/x.ipynb"));

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

        var notebook = NotebookFormat.Notebook.Parse(json, "/libro/01-uno.ipynb");

        Assert.Equal("01-uno", notebook.Name);
        Assert.Equal(CellKind.Markdown, notebook.Cells[0].Kind);
        Assert.Equal("# Título\n\nTexto.", notebook.Cells[0].Source);
        var code = notebook.Cells[1];
        Assert.Equal(
            ("Console.WriteLine(1);\n1 + 1", 7, "csharp", 2),
            (code.Source, code.ExecutionCount, code.Language, code.Number)
        );
        Assert.Equal(new StreamOutput("stdout", "1\n"), code.Outputs[0]);
        var result = Assert.IsType<RichOutput>(code.Outputs[1]);
        Assert.True(result.IsExecuteResult);
        Assert.Equal(7, result.ExecutionCount);
        Assert.Equal("2\n3", result.Data["text/plain"].GetValue<string>());
        var error = Assert.IsType<ErrorOutput>(notebook.Cells[2].Outputs.Single());
        Assert.Equal(("E", "mal", "línea 1"), (error.Name, error.Value, error.Traceback.Single()));
        Assert.Null(notebook.Cells[2].ExecutionCount);
    }

    [Fact]
    public void The_language_comes_from_the_magic_line_then_cell_metadata_then_the_notebook()
    {
        var fsharp = Code("#!fsharp\nlet x = 1");
        var pwsh = Code("Get-Item");
        pwsh["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = "pwsh" } };
        var plain = Code("var x = 1;");
        plain["metadata"] = new JsonObject();

        var notebook = NotebookFormat.Notebook.Parse(Notebook(fsharp, pwsh, plain).ToJsonString(), "x.ipynb");

        Assert.Equal(["fsharp", "pwsh", "csharp"], notebook.Cells.Select(c => c.Language));
    }

    [Fact]
    public void Attachments_become_data_uris_and_tags_are_read()
    {
        var cell = Markdown("![logo](attachment:logo.png)");
        cell["attachments"] = new JsonObject { ["logo.png"] = new JsonObject { ["image/png"] = "AQID" } };
        cell["metadata"] = new JsonObject { ["tags"] = new JsonArray("imagen:logo") };

        var markdown = NotebookFormat.Notebook.Parse(Notebook(cell).ToJsonString(), "x.ipynb").Cells[0];

        Assert.Equal("data:image/png;base64,AQID", markdown.Attachments["logo.png"]);
        Assert.Equal(["imagen:logo"], markdown.Tags);
    }

    [Fact]
    public void A_missing_file_is_a_file_not_found_error_naming_it()
    {
        var error = Assert.Throws<FileNotFoundException>(() => NotebookFormat.Notebook.Read("/no/existe/x.ipynb"));

        Assert.Contains("/no/existe/x.ipynb", error.Message);
    }
}
