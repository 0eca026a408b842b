using System.Text.Json.Nodes;
using static NotebookFormat.Tests.NotebookJson;

namespace NotebookFormat.Tests;

public sealed class NotebookWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("notebookformat-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Setting_an_execution_keeps_every_other_field_and_writes_jupyter_style_lines()
    {
        var code = Code("1 + 1");
        code["metadata"]!["desconocido"] = new JsonObject { ["x"] = 1 };
        var json = Notebook(Markdown("# T"), code);
        json["campo_raro"] = "se conserva";
        var notebook = NotebookFormat.Notebook.Parse(json.ToJsonString(), Path.Combine(_folder, "a.ipynb"));

        notebook
            .Cells[1]
            .SetExecution(
                3,
                [
                    new StreamOutput("stdout", "uno\ndos\n"),
                    new RichOutput(true, new Dictionary<string, JsonNode> { ["text/plain"] = "2" })
                    {
                        ExecutionCount = 3,
                    },
                ]
            );
        var path = Path.Combine(_folder, "out", "a.ipynb");
        notebook.Write(path);

        var written = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal("se conserva", written["campo_raro"]!.GetValue<string>());
        var cell = written["cells"]![1]!;
        Assert.Equal(1, cell["metadata"]!["desconocido"]!["x"]!.GetValue<int>());
        Assert.Equal(3, cell["execution_count"]!.GetValue<int>());
        Assert.Equal(["uno\n", "dos\n"], cell["outputs"]![0]!["text"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(3, cell["outputs"]![1]!["execution_count"]!.GetValue<int>());
        Assert.EndsWith("}\n", File.ReadAllText(path));
        // Se vuelve a leer igual.
        var again = NotebookFormat.Notebook.Read(path);
        Assert.Equal(notebook.Cells[1].Outputs[0], again.Cells[1].Outputs[0]);
        Assert.Equal(3, again.Cells[1].ExecutionCount);
    }

    [Fact]
    public void Execution_times_go_to_metadata_execution_like_nbclient()
    {
        var notebook = NotebookFormat.Notebook.Parse(Notebook(Code("1")).ToJsonString(), "a.ipynb");
        var start = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1234560);

        notebook
            .Cells[0]
            .SetExecutionTimes(
                new Dictionary<string, DateTimeOffset>
                {
                    ["iopub.execute_input"] = start,
                    ["shell.execute_reply"] = start.AddSeconds(1),
                }
            );
        var path = Path.Combine(_folder, "t.ipynb");
        notebook.Write(path);

        var execution = JsonNode.Parse(File.ReadAllText(path))!["cells"]![0]!["metadata"]!["execution"]!;
        Assert.Equal("2026-01-02T03:04:05.123456Z", execution["iopub.execute_input"]!.GetValue<string>());
        Assert.Equal("2026-01-02T03:04:06.123456Z", execution["shell.execute_reply"]!.GetValue<string>());
    }

    [Fact]
    public void Only_code_cells_take_outputs()
    {
        var notebook = NotebookFormat.Notebook.Parse(Notebook(Markdown("texto")).ToJsonString(), "a.ipynb");

        var error = Assert.Throws<InvalidOperationException>(() => notebook.Cells[0].SetExecution(1, []));

        Assert.Contains("celda 1", error.Message);
    }

    [Fact]
    public void An_interrupted_write_keeps_the_previous_file_intact_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "pagina.html");
        File.WriteAllText(path, "versión completa");

        Assert.Throws<IOException>(() => AtomicFile.WriteStream(path, new FailingStream()));

        Assert.Equal("versión completa", File.ReadAllText(path));
        Assert.Equal(["pagina.html"], Directory.EnumerateFiles(_folder).Select(Path.GetFileName));
    }

    // Entrega 500 bytes y luego falla, como un disco que se llena a mitad de escritura.
    private sealed class FailingStream : MemoryStream
    {
        public FailingStream()
            : base(new byte[1000]) { }

        public override int Read(byte[] buffer, int offset, int count) =>
            Position < 500 ? base.Read(buffer, offset, Math.Min(count, 100)) : throw new IOException("disco lleno");
    }
}
