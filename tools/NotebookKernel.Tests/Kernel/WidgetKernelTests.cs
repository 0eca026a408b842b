using System.Text.Json.Nodes;
using JupyterProtocol;
using NotebookEngine;
using NotebookKernel.Execution;

namespace NotebookKernel.Tests.Kernel;

/// <summary>
/// Displays que se actualizan y controles (comms de ipywidgets 8, protocolo 2.1) por el cable, con el motor de verdad:
/// lo que vería un cliente de Jupyter.
/// </summary>
public sealed class WidgetKernelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kernel-controles-").FullName;
    private readonly RunningKernel _kernel;

    public WidgetKernelTests()
    {
        var options = new SessionOptions { WorkingDirectory = _folder, RenderChartImages = false };
        _kernel = new RunningKernel(() => new NotebookSessionExecutor(options));
    }

    private TestClient Client => _kernel.Client;

    [Fact]
    public void A_display_is_sent_with_its_display_id_and_updated_with_update_display_data()
    {
        var (_, published) = Exchange("var d = display(\"uno\");\nd.Update(\"dos\");");

        var shown = Assert.Single(published, m => m.MessageType == "display_data");
        var update = Assert.Single(published, m => m.MessageType == "update_display_data");
        var id = shown.Content["transient"]!["display_id"]!.GetValue<string>();
        Assert.Equal(id, update.Content["transient"]!["display_id"]!.GetValue<string>());
        Assert.Equal("dos", update.Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Interact_opens_its_comms_before_showing_the_widget_and_answers_a_move_with_new_output()
    {
        var (reply, published) = Exchange(
            "var w = new FloatSlider(\"w\", -5, 5, 0.5, value: 1);\nInteract(() => $\"σ(w) con w = {w.Value}\", w)"
        );

        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        var opens = published.Where(m => m.MessageType == "comm_open").ToList();
        var result = Assert.Single(published, m => m.MessageType == "execute_result");
        Assert.True(published.IndexOf(opens[^1]) < published.IndexOf(result));
        Assert.All(opens, m => Assert.Equal("jupyter.widget", m.Content["target_name"]!.GetValue<string>()));
        Assert.All(opens, m => Assert.Equal("2.1.0", m.Metadata["version"]!.GetValue<string>()));
        var boxId = result.Content["data"]!["application/vnd.jupyter.widget-view+json"]![
            "model_id"
        ]!.GetValue<string>();
        var box = opens.Single(m => m.Content["comm_id"]!.GetValue<string>() == boxId);
        var children = box.Content["data"]!["state"]!["children"]!
            .AsArray()
            .Select(c => c!.GetValue<string>()[10..])
            .ToList();

        var info = Client.Send(
            Client.Shell,
            "comm_info_request",
            new JsonObject { ["target_name"] = "jupyter.widget" }
        );
        var comms = Client.Receive(Client.Shell).Content["comms"]!.AsObject();
        Assert.Equal(opens.Count, comms.Count);
        Assert.Contains(boxId, comms.Select(c => c.Key));
        Client.IOPubUntilIdle(info);

        Client.Send(
            Client.Shell,
            "comm_msg",
            new JsonObject
            {
                ["comm_id"] = children[0],
                ["data"] = new JsonObject
                {
                    ["method"] = "update",
                    ["state"] = new JsonObject { ["value"] = 2.5 },
                    ["buffer_paths"] = new JsonArray(),
                },
            }
        );
        var echo = NextCommMessage(children[0]);
        var outputs = NextCommMessage(children[1]);

        Assert.Equal("echo_update", echo["method"]!.GetValue<string>());
        Assert.Equal(2.5, echo["state"]!["value"]!.GetValue<double>());
        var shown = outputs["state"]!["outputs"]!.AsArray().Single()!;
        Assert.Equal("display_data", shown["output_type"]!.GetValue<string>());
        Assert.Equal("σ(w) con w = 2.5", shown["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void A_comm_for_an_unknown_target_is_closed_as_ipykernel_does()
    {
        Client.Send(
            Client.Shell,
            "comm_open",
            new JsonObject
            {
                ["comm_id"] = "c1",
                ["target_name"] = "no.existe",
                ["data"] = new JsonObject(),
            }
        );

        var close = NextOf("comm_close");

        Assert.Equal("c1", close.Content["comm_id"]!.GetValue<string>());
    }

    private JsonObject NextCommMessage(string commId)
    {
        while (true)
        {
            var message = NextOf("comm_msg");
            if (message.Content["comm_id"]!.GetValue<string>() == commId)
                return message.Content["data"]!.AsObject();
        }
    }

    private JupyterMessage NextOf(string messageType)
    {
        while (true)
        {
            var message = Client.Receive(Client.IOPub);
            if (message.MessageType == messageType)
                return message;
        }
    }

    private (JupyterMessage Reply, List<JupyterMessage> Published) Exchange(string code)
    {
        var request = Client.Send(Client.Shell, "execute_request", new JsonObject { ["code"] = code });
        var reply = Client.Receive(Client.Shell);
        return (reply, Client.IOPubUntilIdle(request));
    }

    public void Dispose()
    {
        _kernel.Dispose();
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        Directory.Delete(_folder, recursive: true);
    }
}
