using System.Text.Json.Nodes;
using JupyterProtocol;
using NotebookEngine;
using NotebookFormat;
using NotebookKernel.Execution;

namespace NotebookKernel.Tests.Kernel;

/// <summary>El kernel sobre el motor de verdad (<see cref="NotebookSession"/>): C# compilado por Roslyn.</summary>
public sealed class EngineKernelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kernel-motor-").FullName;
    private readonly RunningKernel _kernel;

    public EngineKernelTests()
    {
        var options = new SessionOptions { WorkingDirectory = _folder, RenderChartImages = false };
        _kernel = new RunningKernel(() => new NotebookSessionExecutor(options));
    }

    private TestClient Client => _kernel.Client;

    [Fact]
    public void Interrupt_stops_an_infinite_loop_and_the_next_cell_sees_the_earlier_variables()
    {
        Exchange("var antes = 20;");
        var loop = Client.Send(Client.Shell, "execute_request", new JsonObject { ["code"] = "while (true) { }" });
        WaitForExecuteInput(loop);
        Thread.Sleep(200); // que el bucle esté girando de verdad antes de interrumpir

        Client.Send(Client.Control, "interrupt_request");
        var interruptReply = Client.Receive(Client.Control);
        var loopReply = Client.Receive(Client.Shell);
        var loopPublished = Client.IOPubUntilIdle(loop);
        var (next, published) = Exchange("antes + 22");

        Assert.Equal("ok", interruptReply.Content["status"]!.GetValue<string>());
        Assert.Equal("error", loopReply.Content["status"]!.GetValue<string>());
        Assert.Contains(loopPublished, m => m.MessageType == "error");
        Assert.Equal("ok", next.Content["status"]!.GetValue<string>());
        var result = Assert.Single(published, m => m.MessageType == "execute_result");
        Assert.Equal("42", result.Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void A_compile_error_and_an_exception_are_errors_and_the_session_goes_on()
    {
        var (compile, compilePublished) = Exchange("int x = \"texto\";");
        var (thrown, thrownPublished) = Exchange("throw new InvalidOperationException(\"a propósito\");");
        var (ok, _) = Exchange("Console.WriteLine(\"sigo aquí\");");

        Assert.Equal("error", compile.Content["status"]!.GetValue<string>());
        Assert.Single(compilePublished, m => m.MessageType == "error");
        Assert.Equal("error", thrown.Content["status"]!.GetValue<string>());
        Assert.Contains(
            "a propósito",
            Assert.Single(thrownPublished, m => m.MessageType == "error").Content["evalue"]!.GetValue<string>()
        );
        Assert.Equal("ok", ok.Content["status"]!.GetValue<string>());
    }

    [Fact]
    public void Outputs_arrive_in_the_order_they_happen()
    {
        var (_, published) = Exchange("Console.WriteLine(\"uno\");\ndisplay(2);\nConsole.WriteLine(\"tres\");\n4");

        var outputs = published
            .Where(m => m.MessageType is "stream" or "display_data" or "execute_result")
            .Select(m =>
                m.MessageType == "stream"
                    ? m.Content["text"]!.GetValue<string>().Trim()
                    : m.Content["data"]!["text/plain"]!.GetValue<string>()
            )
            .ToList();
        Assert.Equal(["uno", "2", "tres", "4"], outputs);
    }

    [Fact]
    public void Completion_sees_a_variable_declared_in_an_earlier_cell()
    {
        Exchange("var tasaDeAprendizaje = 0.1;");

        var request = Client.Send(
            Client.Shell,
            "complete_request",
            new JsonObject { ["code"] = "tasaDe", ["cursor_pos"] = 6 }
        );
        var reply = Client.Receive(Client.Shell);

        Assert.Equal(request.MessageId, reply.ParentHeader["msg_id"]!.GetValue<string>());
        Assert.Contains("tasaDeAprendizaje", reply.Content["matches"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Completion_sees_an_assembly_referenced_with_r_in_an_earlier_cell()
    {
        // Una DLL que no está entre las referencias por defecto, con ruta relativa a la carpeta del cuaderno.
        File.Copy(
            Path.Combine(AppContext.BaseDirectory, "xunit.assert.dll"),
            Path.Combine(_folder, "xunit.assert.dll")
        );
        var (load, _) = Exchange("#r \"xunit.assert.dll\"");
        Assert.Equal("ok", load.Content["status"]!.GetValue<string>());

        const string code = "Xunit.Assert.Equiva";
        Client.Send(Client.Shell, "complete_request", new JsonObject { ["code"] = code, ["cursor_pos"] = code.Length });
        var reply = Client.Receive(Client.Shell);

        Assert.Equal(["Equivalent"], reply.Content["matches"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void The_smoke_notebook_runs_cell_by_cell_with_the_outputs_the_notebook_model_reads()
    {
        var notebook = Notebook.Read(Path.Combine(AppContext.BaseDirectory, "conformance", "kernel-smoke.ipynb"));

        var outputs = notebook
            .CodeCells.Select(cell => Exchange(cell.Source).Published)
            .Select(published =>
                published.Select(m => NotebookOutput.FromMessage(m.MessageType, m.Content)).OfType<NotebookOutput>()
            )
            .ToList();

        Assert.Equal(4, outputs.Count);
        Assert.DoesNotContain(outputs.SelectMany(o => o), o => o is NotebookFormat.ErrorOutput);
        Assert.Equal(new NotebookFormat.StreamOutput("stdout", "σ(0) = 0.5\n"), Assert.Single(outputs[1]));
        var result = Assert.IsType<RichOutput>(Assert.Single(outputs[3]));
        // σ(z) = 1 / (1 + e^-z) para z = -2..2, redondeada a tres cifras: 0.119, 0.269, 0.5, 0.731, 0.881.
        Assert.Equal("[0.119, 0.269, 0.5, 0.731, 0.881]", result.Data["text/plain"].GetValue<string>());
    }

    [Fact]
    public void An_error_reply_says_the_line_and_column_of_the_error_in_the_cell()
    {
        var (reply, _) = Exchange("var bien = 1;\nint mal = \"texto\";");

        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Equal(2, reply.Content["line"]!.GetValue<int>());
        Assert.Equal(11, reply.Content["column"]!.GetValue<int>());
    }

    private (JupyterMessage Reply, List<JupyterMessage> Published) Exchange(string code)
    {
        var request = Client.Send(Client.Shell, "execute_request", new JsonObject { ["code"] = code });
        var reply = Client.Receive(Client.Shell);
        return (reply, Client.IOPubUntilIdle(request));
    }

    private void WaitForExecuteInput(JupyterMessage request)
    {
        while (true)
        {
            var message = Client.Receive(Client.IOPub);
            if (
                message.MessageType == "execute_input"
                && message.ParentHeader["msg_id"]!.GetValue<string>() == request.MessageId
            )
                return;
        }
    }

    public void Dispose()
    {
        _kernel.Dispose();
        // El motor hace de la carpeta del cuaderno el directorio actual del proceso: salir antes de borrarla.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        Directory.Delete(_folder, recursive: true);
    }
}
