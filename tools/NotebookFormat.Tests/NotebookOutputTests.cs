using System.Text.Json.Nodes;

namespace NotebookFormat.Tests;

public class NotebookOutputTests
{
    [Fact]
    public void Iopub_messages_become_the_nbformat_outputs_with_the_same_fields()
    {
        var stream = NotebookOutput.FromMessage("stream", new JsonObject { ["name"] = "stderr", ["text"] = "x\n" });
        var result = NotebookOutput.FromMessage(
            "execute_result",
            new JsonObject
            {
                ["execution_count"] = 4,
                ["data"] = new JsonObject
                {
                    ["text/plain"] = "a\nb",
                    ["application/vnd.plotly.v1+json"] = new JsonObject { ["data"] = new JsonArray() },
                },
                ["metadata"] = new JsonObject(),
            }
        );
        var error = NotebookOutput.FromMessage(
            "error",
            new JsonObject
            {
                ["ename"] = "E",
                ["evalue"] = "v",
                ["traceback"] = new JsonArray("t1", "t2"),
            }
        );

        Assert.Equal(new StreamOutput("stderr", "x\n"), stream);
        var json = Assert.IsType<RichOutput>(result).ToJson();
        Assert.Equal("execute_result", json["output_type"]!.GetValue<string>());
        Assert.Equal(4, json["execution_count"]!.GetValue<int>());
        Assert.Equal(["a\n", "b"], json["data"]!["text/plain"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.IsType<JsonObject>(json["data"]!["application/vnd.plotly.v1+json"]);
        Assert.Equal(["t1", "t2"], Assert.IsType<ErrorOutput>(error).Traceback);
        Assert.Null(NotebookOutput.FromMessage("status", new JsonObject { ["execution_state"] = "idle" }));
    }
}
