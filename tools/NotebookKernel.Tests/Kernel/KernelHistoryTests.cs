using System.Text.Json.Nodes;
using JupyterProtocol;
using NotebookKernel.History;

namespace NotebookKernel.Tests.Kernel;

public sealed class KernelHistoryTests : IDisposable
{
    private readonly HistoryStore _history = new(HistoryStore.InMemory);
    private readonly RunningKernel _kernel;

    public KernelHistoryTests() => _kernel = new RunningKernel(history: _history);

    private TestClient Client => _kernel.Client;

    [Fact]
    public void Executed_cells_are_kept_with_their_result_and_silent_ones_are_not()
    {
        Exchange(Execute("print"));
        Exchange(Execute("1+1", silent: true));
        Exchange(Execute("1+1"));
        Exchange(Execute("   "));

        var (reply, _) = Exchange(History("tail", output: true, ("n", 10)), "history_request");

        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        var session = _history.Session;
        var expected = JsonNode.Parse($"[[{session},1,[\"print\",null]],[{session},2,[\"1+1\",\"2\"]]]");
        Assert.True(JsonNode.DeepEquals(expected, reply.Content["history"]), reply.Content["history"]!.ToJsonString());
    }

    [Fact]
    public void Range_and_search_answer_like_ipython()
    {
        foreach (var code in new[] { "print", "1+1", "print", "throw" })
            Exchange(Execute(code, stopOnError: false));

        var (range, _) = Exchange(
            History("range", false, ("session", 0), ("start", 2), ("stop", 4)),
            "history_request"
        );
        var (search, _) = Exchange(History("search", false, ("pattern", "pr*")), "history_request");
        var (unique, _) = Exchange(History("search", false, ("pattern", "pr*"), ("unique", true)), "history_request");

        Assert.Equal(["1+1", "print"], range.Content["history"]!.AsArray().Select(h => h![2]!.GetValue<string>()));
        Assert.Equal([1, 3], search.Content["history"]!.AsArray().Select(h => h![1]!.GetValue<int>()));
        Assert.Equal([3], unique.Content["history"]!.AsArray().Select(h => h![1]!.GetValue<int>()));
    }

    [Fact]
    public void An_unknown_access_type_is_an_error_that_says_which_ones_exist()
    {
        var (reply, _) = Exchange(History("todo", false), "history_request");

        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Contains("'tail', 'range' o 'search'", reply.Content["evalue"]!.GetValue<string>());
    }

    private static JsonObject History(string type, bool output, params (string Name, JsonNode Value)[] extra)
    {
        var content = new JsonObject
        {
            ["hist_access_type"] = type,
            ["output"] = output,
            ["raw"] = true,
        };
        foreach (var (name, value) in extra)
            content[name] = value;
        return content;
    }

    private static JsonObject Execute(string code, bool silent = false, bool stopOnError = true) =>
        new()
        {
            ["code"] = code,
            ["silent"] = silent,
            ["store_history"] = !silent,
            ["stop_on_error"] = stopOnError,
        };

    private (JupyterMessage Reply, List<JupyterMessage> Published) Exchange(
        JsonObject content,
        string type = "execute_request"
    )
    {
        var request = Client.Send(Client.Shell, type, content);
        var reply = Client.Receive(Client.Shell);
        return (reply, Client.IOPubUntilIdle(request));
    }

    public void Dispose()
    {
        _kernel.Dispose();
        _history.Dispose();
    }
}
