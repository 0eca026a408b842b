using System.Text;
using System.Text.Json.Nodes;
using JupyterProtocol;
using NetMQ;
using NetMQ.Sockets;
using NotebookKernel.Transport;

namespace NotebookKernel.Tests.Kernel;

public sealed class KernelProtocolTests : IDisposable
{
    private readonly RunningKernel _kernel = new();
    private TestClient Client => _kernel.Client;
    private ConnectionInfo Bound => _kernel.Bound;

    [Fact]
    public void Kernel_info_answers_on_shell_and_on_control()
    {
        foreach (var socket in new[] { Client.Shell, Client.Control })
        {
            var request = Client.Send(socket, "kernel_info_request");
            var reply = Client.Receive(socket);

            Assert.Equal("kernel_info_reply", reply.MessageType);
            Assert.Equal(request.MessageId, reply.ParentHeader["msg_id"]!.GetValue<string>());
            Assert.Equal("5.5", reply.Content["protocol_version"]!.GetValue<string>());
            Assert.Empty(reply.Content["supported_features"]!.AsArray());
            var links = reply.Content["help_links"]!.AsArray().Select(l => l!["url"]!.GetValue<string>()).ToList();
            Assert.Contains("https://multivacs.com/tags/intro-nn/", links);
            Assert.Contains("https://multivacs.com/posts/intro-nn-regressor/", links);
            Assert.Contains(links, url => url.StartsWith("https://learn.microsoft.com/", StringComparison.Ordinal));
            Assert.Equal("C#", reply.Content["language_info"]!["name"]!.GetValue<string>());
            Assert.Equal(".cs", reply.Content["language_info"]!["file_extension"]!.GetValue<string>());
            var states = Client.IOPubUntilIdle(request).Select(m => m.Content["execution_state"]?.GetValue<string>());
            Assert.Equal(["busy", "idle"], states);
        }
    }

    [Fact]
    public void A_new_connection_with_the_identity_of_a_connected_one_takes_it_over()
    {
        // Notebook 6.4 da a los canales de cada página la identidad zmq de su session_id. Al recargar, la página
        // abre un websocket que Chromium rechaza (el servidor no elige subprotocolo) y otro enseguida con el mismo
        // session_id: los canales nuevos llegan con la identidad de unos que el kernel aún cree conectados.
        foreach (var port in new[] { Bound.ShellPort, Bound.ControlPort })
        {
            var identity = Encoding.UTF8.GetBytes(Guid.NewGuid().ToString());
            using var old = Dealer(port, identity);
            Client.Send(old, "kernel_info_request");
            Assert.Equal("kernel_info_reply", Client.Receive(old).MessageType);

            using var fresh = Dealer(port, identity);
            Assert.Equal("kernel_info_reply", Answer(fresh));
            old.Dispose();
            Assert.Equal("kernel_info_reply", Answer(fresh));
        }
    }

    [Fact]
    public void Execute_publishes_input_and_result_between_busy_and_idle()
    {
        var request = Client.Send(Client.Shell, "execute_request", Execute("1+1"));
        var reply = Client.Receive(Client.Shell);
        var published = Client.IOPubUntilIdle(request);

        Assert.Equal("execute_reply", reply.MessageType);
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.Equal(1, reply.Content["execution_count"]!.GetValue<int>());
        Assert.Equal(["status", "execute_input", "execute_result", "status"], published.Select(m => m.MessageType));
        Assert.Equal("1+1", published[1].Content["code"]!.GetValue<string>());
        Assert.Equal("2", published[2].Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal(1, published[2].Content["execution_count"]!.GetValue<int>());
        // En iopub el primer marco es el tema: el tipo de mensaje.
        Assert.Equal("execute_result", Encoding.UTF8.GetString(published[2].Identities[0]));
    }

    [Fact]
    public void Execution_count_grows_and_silent_cells_publish_nothing()
    {
        Exchange(Execute("print"));
        var silent = Client.Send(Client.Shell, "execute_request", Execute("print", silent: true));
        var silentReply = Client.Receive(Client.Shell);
        var silentPublished = Client.IOPubUntilIdle(silent);
        var (reply, _) = Exchange(Execute("1+1"));

        Assert.Equal(["status", "status"], silentPublished.Select(m => m.MessageType));
        Assert.Equal(1, silentReply.Content["execution_count"]!.GetValue<int>());
        Assert.Equal(2, reply.Content["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void A_failing_cell_publishes_one_error_and_replies_with_error()
    {
        var (reply, published) = Exchange(Execute("throw"));

        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Equal("InvalidOperationException", reply.Content["ename"]!.GetValue<string>());
        var error = Assert.Single(published, m => m.MessageType == "error");
        Assert.Equal("fallo", error.Content["evalue"]!.GetValue<string>());
        Assert.Equal(["línea 1"], error.Content["traceback"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Badly_signed_and_malformed_messages_are_ignored_and_the_kernel_keeps_answering()
    {
        var forged = JupyterMessage.Create("execute_request", Execute("print"), null, "intruso");
        Client.Shell.SendMultipartBytes(WireFormat.Encode(forged, new MessageSigner("clave-equivocada")));
        Client.Shell.SendMultipartBytes([Encoding.UTF8.GetBytes("esto no es un mensaje de Jupyter")]);
        Client.Control.SendMultipartBytes([WireFormat.Delimiter, "firma"u8.ToArray(), "{no es json"u8.ToArray()]);

        var request = Client.Send(Client.Shell, "kernel_info_request");
        var reply = Client.Receive(Client.Shell);

        Assert.Equal("kernel_info_reply", reply.MessageType);
        Assert.Equal(request.MessageId, reply.ParentHeader["msg_id"]!.GetValue<string>());
        Assert.Empty(_kernel.Executor.Executed);
    }

    [Fact]
    public void Interrupt_stops_a_running_cell_and_the_session_survives()
    {
        var loop = Client.Send(Client.Shell, "execute_request", Execute("loop"));
        Assert.True(_kernel.Executor.Running.Wait(TestClient.Timeout));

        var interrupt = Client.Send(Client.Control, "interrupt_request");
        var interruptReply = Client.Receive(Client.Control);
        var loopReply = Client.Receive(Client.Shell);
        Client.IOPubUntilIdle(loop);
        var (next, published) = Exchange(Execute("1+1"));

        Assert.Equal("interrupt_reply", interruptReply.MessageType);
        Assert.Equal(interrupt.MessageId, interruptReply.ParentHeader["msg_id"]!.GetValue<string>());
        Assert.Equal("ok", interruptReply.Content["status"]!.GetValue<string>());
        Assert.Equal("error", loopReply.Content["status"]!.GetValue<string>());
        Assert.Equal("ok", next.Content["status"]!.GetValue<string>());
        Assert.Contains(published, m => m.MessageType == "execute_result");
        Assert.Equal(["loop", "1+1"], _kernel.Executor.Executed);
    }

    [Fact]
    public void After_an_error_the_cells_already_queued_are_aborted()
    {
        var failing = Client.Send(Client.Shell, "execute_request", Execute("gate"));
        var queued1 = Client.Send(Client.Shell, "execute_request", Execute("1+1"));
        var queued2 = Client.Send(Client.Shell, "execute_request", Execute("print"));
        WaitUntil(() => _kernel.Kernel.PendingShellRequests == 2);
        _kernel.Executor.Gate.Set();

        var replies = Enumerable.Range(0, 3).Select(_ => Client.Receive(Client.Shell)).ToList();
        var (after, _) = Exchange(Execute("1+1"));

        Assert.Equal(
            [failing.MessageId, queued1.MessageId, queued2.MessageId],
            replies.Select(r => r.ParentHeader["msg_id"]!.GetValue<string>())
        );
        Assert.Equal(["error", "aborted", "aborted"], replies.Select(r => r.Content["status"]!.GetValue<string>()));
        // Como IPython: una celda abortada no lleva número de ejecución (Notebook 6 mostraría «In [1]:» en todas).
        Assert.True(replies[0].Content.ContainsKey("execution_count"));
        Assert.All(replies.Skip(1), r => Assert.False(r.Content.ContainsKey("execution_count")));
        Assert.Equal("ok", after.Content["status"]!.GetValue<string>());
        Assert.Equal(2, after.Content["execution_count"]!.GetValue<int>());
        Assert.Equal(["gate", "1+1"], _kernel.Executor.Executed);
    }

    [Fact]
    public void Without_stop_on_error_the_queued_cells_still_run()
    {
        Client.Send(Client.Shell, "execute_request", Execute("gate", stopOnError: false));
        Client.Send(Client.Shell, "execute_request", Execute("1+1"));
        WaitUntil(() => _kernel.Kernel.PendingShellRequests == 1);
        _kernel.Executor.Gate.Set();

        var replies = Enumerable.Range(0, 2).Select(_ => Client.Receive(Client.Shell)).ToList();

        Assert.Equal(["error", "ok"], replies.Select(r => r.Content["status"]!.GetValue<string>()));
    }

    [Fact]
    public void Completion_positions_are_in_code_points()
    {
        const string code = "var s = \"😀\"; Math.Sq";
        int cursor = code.EnumerateRunes().Count();

        var (reply, _) = Exchange(new JsonObject { ["code"] = code, ["cursor_pos"] = cursor }, "complete_request");

        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.Equal(["Sqrt"], reply.Content["matches"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(cursor - 2, reply.Content["cursor_start"]!.GetValue<int>());
        Assert.Equal(cursor, reply.Content["cursor_end"]!.GetValue<int>());
        var type = reply.Content["metadata"]!["_jupyter_types_experimental"]![0]!;
        Assert.Equal("method", type["type"]!.GetValue<string>());
    }

    [Fact]
    public void Is_complete_inspect_comm_info_and_history_answer()
    {
        var (incomplete, _) = Exchange(new JsonObject { ["code"] = "if (true) {" }, "is_complete_request");
        var (inspect, _) = Exchange(
            new JsonObject
            {
                ["code"] = "Math.Sqrt",
                ["cursor_pos"] = 9,
                ["detail_level"] = 0,
            },
            "inspect_request"
        );
        var (comms, _) = Exchange(new JsonObject(), "comm_info_request");
        var (history, _) = Exchange(
            new JsonObject
            {
                ["hist_access_type"] = "tail",
                ["output"] = false,
                ["raw"] = true,
                ["n"] = 5,
            },
            "history_request"
        );

        Assert.Equal("incomplete", incomplete.Content["status"]!.GetValue<string>());
        Assert.Equal("    ", incomplete.Content["indent"]!.GetValue<string>());
        Assert.True(inspect.Content["found"]!.GetValue<bool>());
        Assert.Contains("double Math.Sqrt(double d)", inspect.Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Empty(comms.Content["comms"]!.AsObject());
        Assert.Empty(history.Content["history"]!.AsArray());
    }

    [Fact]
    public void Heartbeat_echoes()
    {
        Client.Heartbeat.SendFrame("ping"u8.ToArray());

        Assert.True(Client.Heartbeat.TryReceiveFrameBytes(TestClient.Timeout, out var echo));
        Assert.Equal("ping"u8.ToArray(), echo);
    }

    [Fact]
    public async Task Shutdown_replies_and_stops_the_kernel()
    {
        Client.Send(Client.Control, "shutdown_request", new JsonObject { ["restart"] = true });
        var reply = Client.Receive(Client.Control);

        Assert.Equal("shutdown_reply", reply.MessageType);
        Assert.True(reply.Content["restart"]!.GetValue<bool>());
        await _kernel.Kernel.Stopped.WaitAsync(TestClient.Timeout);
    }

    private (JupyterMessage Reply, List<JupyterMessage> Published) Exchange(
        JsonObject content,
        string type = "execute_request"
    )
    {
        var request = Client.Send(Client.Shell, type, content);
        var reply = Client.Receive(Client.Shell);
        Assert.Equal(request.MessageId, reply.ParentHeader["msg_id"]!.GetValue<string>());
        return (reply, Client.IOPubUntilIdle(request));
    }

    private static JsonObject Execute(string code, bool silent = false, bool stopOnError = true) =>
        new()
        {
            ["code"] = code,
            ["silent"] = silent,
            ["store_history"] = !silent,
            ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = false,
            ["stop_on_error"] = stopOnError,
        };

    private static void WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TestClient.Timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "la condición no se cumplió a tiempo");
            Thread.Sleep(5);
        }
    }

    private DealerSocket Dealer(int port, byte[] identity)
    {
        var socket = new DealerSocket();
        socket.Options.Identity = identity;
        socket.Options.Linger = TimeSpan.Zero;
        socket.Connect(Bound.Address(port));
        return socket;
    }

    /// <summary>El tipo de la respuesta a un kernel_info_request por <paramref name="socket"/>, o «ninguna» a los 5 s.</summary>
    private string Answer(DealerSocket socket)
    {
        var request = Client.Send(socket, "kernel_info_request");
        var frames = new List<byte[]>();
        if (!socket.TryReceiveMultipartBytes(TimeSpan.FromSeconds(5), ref frames))
            return "ninguna";
        var reply = WireFormat.Decode(frames, new MessageSigner(RunningKernel.Key));
        Assert.Equal(request.MessageId, reply.ParentHeader["msg_id"]!.GetValue<string>());
        return reply.MessageType;
    }

    public void Dispose() => _kernel.Dispose();
}
