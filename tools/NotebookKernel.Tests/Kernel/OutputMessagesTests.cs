using System.Text.Json.Nodes;
using NotebookEngine;
using NotebookKernel.Kernel;

namespace NotebookKernel.Tests.Kernel;

public class OutputMessagesTests
{
    [Fact]
    public void Each_output_becomes_its_iopub_message()
    {
        var data = new Dictionary<string, JsonNode> { ["text/html"] = "<b>2</b>" };

        Assert.Equal("stream", OutputMessages.From(new StreamOutput("stderr", "x"), 1).MessageType);
        Assert.Equal("display_data", OutputMessages.From(new DisplayOutput(data), 1).MessageType);
        var (type, content) = OutputMessages.From(new ResultOutput(data), 7);
        Assert.Equal("execute_result", type);
        Assert.Equal(7, content["execution_count"]!.GetValue<int>());
        Assert.Equal("<b>2</b>", content["data"]!["text/html"]!.GetValue<string>());
        Assert.True(content["data"]!.AsObject().ContainsKey("text/plain")); // obligatorio en execute_result
    }

    [Fact]
    public void A_display_carries_its_display_id_in_transient_and_its_update_is_update_display_data()
    {
        var data = new Dictionary<string, JsonNode> { ["text/plain"] = "1" };

        var (_, shown) = OutputMessages.From(new DisplayOutput(data) { DisplayId = "d1" }, 1);
        var (updateType, update) = OutputMessages.From(new DisplayUpdate("d1", data), 1);
        var (clearType, clear) = OutputMessages.From(new ClearRequest(Wait: true), 1);

        Assert.Equal("d1", shown["transient"]!["display_id"]!.GetValue<string>());
        Assert.Equal("update_display_data", updateType);
        Assert.Equal("d1", update["transient"]!["display_id"]!.GetValue<string>());
        Assert.Equal("1", update["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal("clear_output", clearType);
        Assert.True(clear["wait"]!.GetValue<bool>());
    }

    [Fact]
    public void The_same_output_can_be_sent_twice()
    {
        var output = new DisplayOutput(
            new Dictionary<string, JsonNode> { ["application/json"] = new JsonObject { ["a"] = 1 } }
        );

        OutputMessages.From(output, 1);
        var (_, again) = OutputMessages.From(output, 1);

        Assert.Equal(1, again["data"]!["application/json"]!["a"]!.GetValue<int>());
    }

    [Fact]
    public void An_error_without_traceback_still_shows_its_name_and_message()
    {
        var (_, content) = OutputMessages.From(new ErrorOutput("CellStopped", "La celda se detuvo.", []), 1);

        Assert.Equal(
            ["CellStopped: La celda se detuvo."],
            content["traceback"]!.AsArray().Select(n => n!.GetValue<string>())
        );
    }
}
