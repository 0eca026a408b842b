using System.Text.Json.Nodes;

namespace NotebookRunner.Tests;

public sealed class FixtureNotebookTests(FixtureRun run) : IClassFixture<FixtureRun>
{
    private JsonArray CodeCells(string name) =>
        new(
            JsonNode.Parse(File.ReadAllText(Path.Combine(run.OutputDirectory, name + ".ipynb")))!["cells"]!
                .AsArray()
                .Where(c => c!["cell_type"]!.GetValue<string>() == "code")
                .Select(c => c!.DeepClone())
                .ToArray()
        );

    private static string Text(JsonNode? node) =>
        node is JsonArray lines
            ? string.Concat(lines.Select(l => l!.GetValue<string>()))
            : node?.GetValue<string>() ?? "";

    private static string Kinds(JsonNode cell) =>
        string.Join(
            ",",
            cell["outputs"]!
                .AsArray()
                .Select(o =>
                    o!["output_type"]!.GetValue<string>() switch
                    {
                        "stream" => o["name"]!.GetValue<string>(),
                        var other => other,
                    }
                )
        );

    [RequiresPythonFact("nbformat")]
    public void Every_written_notebook_validates_as_nbformat_4()
    {
        var written = Directory.EnumerateFiles(run.OutputDirectory, "*.ipynb").ToList();
        Assert.Equal(run.Results.Count - 3, written.Count); // todos menos los tres que no son cuadernos válidos
        foreach (var path in written)
            NotebookValidator.AssertValid(path);
    }

    [Fact]
    public void Sources_are_never_modified()
    {
        foreach (var (path, hash) in run.SourceHashes)
            Assert.Equal(hash, FixtureRun.Hash(path));
    }

    [Fact]
    public void Basic_notebook_runs_every_directive_and_keeps_output_order()
    {
        Assert.True(run.Results["basicos"].Succeeded, run.Results["basicos"].Failure?.ToString());
        var cells = CodeCells("basicos");
        Assert.Equal([1, 2, 3, 4], cells.Select(c => c!["execution_count"]!.GetValue<int>()));
        Assert.Equal("stdout,display_data,stdout,execute_result", Kinds(cells[1]!));
        Assert.Equal("¡Hola, mundo!", Text(cells[1]!["outputs"]![1]!["data"]!["text/plain"]));
        Assert.Equal("42", Text(cells[1]!["outputs"]![3]!["data"]!["text/plain"]));
        Assert.Equal(2, cells[1]!["outputs"]![3]!["execution_count"]!.GetValue<int>());
        Assert.Contains("3  4", Text(cells[2]!["outputs"]![0]!["data"]!["text/plain"]));
        Assert.Equal("display_data,stderr", Kinds(cells[3]!));
    }

    [Fact]
    public void A_notebook_without_code_cells_is_written_without_a_kernel()
    {
        var result = run.Results["solo-texto"];

        Assert.True(result.Succeeded);
        Assert.Equal((0, 0), (result.CodeCells, result.ExecutedCells));
        Assert.Empty(result.Timings);
        Assert.True(File.Exists(Path.Combine(run.OutputDirectory, "solo-texto.ipynb")));
    }

    [Fact]
    public void Every_executed_cell_records_its_times_like_nbclient()
    {
        var cell = CodeCells("basicos")[1]!;
        var execution = cell["metadata"]!["execution"]!.AsObject();

        Assert.Equal(
            ["iopub.execute_input", "iopub.status.busy", "iopub.status.idle", "shell.execute_reply"],
            execution.Select(p => p.Key).Order()
        );
        var input = DateTimeOffset.Parse(execution["iopub.execute_input"]!.GetValue<string>());
        var reply = DateTimeOffset.Parse(execution["shell.execute_reply"]!.GetValue<string>());
        Assert.True(reply >= input);
        Assert.Contains(run.Results["basicos"].Timings, t => t.CellNumber == 3 && t.Duration == reply - input);
    }

    [Fact]
    public void Updated_and_cleared_displays_are_saved_in_their_final_state_and_widgets_as_their_fallback()
    {
        Assert.True(run.Results["displays-vivos"].Succeeded, run.Results["displays-vivos"].Failure?.ToString());
        var cells = CodeCells("displays-vivos");

        Assert.Equal("display_data", Kinds(cells[0]!));
        Assert.Equal("paso 5", Text(cells[0]!["outputs"]![0]!["data"]!["text/plain"]));
        // Actualizada desde la celda siguiente.
        Assert.Equal("llena", Text(cells[1]!["outputs"]![0]!["data"]!["text/plain"]));
        Assert.Equal("stdout", Kinds(cells[2]!));
        Assert.Equal("queda\n", Text(cells[3]!["outputs"]![0]!["text"]));
        Assert.Equal("stdout", Kinds(cells[3]!));
        var control = cells[4]!["outputs"]!.AsArray().Single()!["data"]!.AsObject();
        Assert.Equal("respaldo estático", Text(control["text/plain"]));
        Assert.False(control.ContainsKey("application/vnd.jupyter.widget-view+json"));
    }

    [Fact]
    public void Metadata_is_kept()
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(run.OutputDirectory, "basicos.ipynb")))!;
        Assert.Equal(".net-csharp", root["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", root["cells"]![1]!["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.Equal(
            "# Cuaderno básico\n\nEjercita cada directiva y cada tipo de salida.",
            Text(root["cells"]![0]!["source"])
        );
    }

    [Fact]
    public void Compile_error_reports_cell_and_line()
    {
        var failure = run.Results["error-compilacion"].Failure!;
        Assert.Equal(3, failure.CellNumber); // la celda 1 es markdown
        Assert.Equal(2, failure.Line);
        Assert.Contains("noExiste", failure.Message);
        var cells = CodeCells("error-compilacion");
        Assert.Equal("error", Kinds(cells[1]!));
        Assert.Equal("execute_result", Kinds(cells[2]!)); // --continue-on-error: la siguiente se ejecuta
    }

    [Fact]
    public void Runtime_exception_reports_line_and_keeps_earlier_output()
    {
        var failure = run.Results["error-ejecucion"].Failure!;
        Assert.Equal(2, failure.CellNumber);
        Assert.Equal(2, failure.Line);
        Assert.Equal("stdout,error", Kinds(CodeCells("error-ejecucion")[1]!));
        Assert.Equal(
            "ArgumentOutOfRangeException",
            CodeCells("error-ejecucion")[1]!["outputs"]![1]!["ename"]!.GetValue<string>()
        );
    }

    [Fact]
    public void Missing_package_error_names_package_and_version()
    {
        var failure = run.Results["paquete-inexistente"].Failure!;
        Assert.Contains("Paquete.Que.No.Existe.En.Ninguna.Parte", failure.Message);
        Assert.Contains("1.2.3", failure.Message);
    }

    [Fact]
    public void Malformed_json_is_reported_and_nothing_is_written()
    {
        var result = run.Results["mal-formado"];
        Assert.False(result.Succeeded);
        Assert.Null(result.OutputPath);
        Assert.Contains("mal-formado.ipynb", result.ReadError);
        Assert.Contains("línea 3", result.ReadError);
        Assert.False(File.Exists(Path.Combine(run.OutputDirectory, "mal-formado.ipynb")));
    }

    [Theory]
    [InlineData("version-como-texto", "\"nbformat\" debe ser un número entero, pero es el texto \"4\"")]
    [InlineData(
        "fuente-numerica",
        "en la celda 2, \"source\" debe ser un texto o una lista de textos, pero es el número 42"
    )]
    public void Valid_json_with_a_wrong_field_type_is_named_in_spanish_and_the_others_run(string name, string field)
    {
        var result = run.Results[name];
        Assert.Null(result.OutputPath);
        Assert.Contains($"'{name}.ipynb'", result.ReadError);
        Assert.Contains(field, result.ReadError);
        Assert.False(File.Exists(Path.Combine(run.OutputDirectory, name + ".ipynb")));
        Assert.True(run.Results["basicos"].Succeeded); // los demás se ejecutaron
    }

    [Fact]
    public void Cell_past_its_timeout_is_stopped_and_later_cells_run()
    {
        var result = run.Results["tiempo-agotado"];
        Assert.Equal(2, result.Failure!.CellNumber);
        Assert.Contains("tiempo máximo", result.Failure.Message);
        var last = CodeCells("tiempo-agotado")[2]!;
        Assert.Equal("True", Text(last["outputs"]![0]!["data"]!["text/plain"]));
    }

    [Fact]
    public void Cells_for_other_kernels_fail_clearly_and_csharp_goes_on()
    {
        var cells = CodeCells("otro-kernel");
        Assert.Contains("fsharp", cells[0]!["outputs"]![0]!["evalue"]!.GetValue<string>());
        Assert.Contains("pwsh", cells[1]!["outputs"]![0]!["evalue"]!.GetValue<string>());
        Assert.Equal("C# sigue funcionando", Text(cells[2]!["outputs"]![0]!["data"]!["text/plain"]));
    }
}
