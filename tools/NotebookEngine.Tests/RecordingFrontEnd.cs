using System.Text.Json.Nodes;
using NotebookEngine;
using NotebookEngine.Widgets;

namespace NotebookEngine.Tests;

/// <summary>Un cliente de mentira que apunta lo que el motor le manda por los comms, en orden.</summary>
internal sealed class RecordingFrontEnd : IFrontEnd
{
    private readonly List<(string Kind, string CommId, JsonObject Data, JsonObject? Metadata)> _messages = [];
    private readonly List<CellOutput> _published = [];

    public List<(string Kind, string CommId, JsonObject Data, JsonObject? Metadata)> Messages
    {
        get
        {
            lock (_messages)
                return [.. _messages];
        }
    }

    public List<CellOutput> Published
    {
        get
        {
            lock (_published)
                return [.. _published];
        }
    }

    public void OpenComm(string commId, string targetName, JsonObject data, JsonObject metadata)
    {
        Assert.Equal(WidgetProtocol.Target, targetName);
        Add("open", commId, data, metadata);
    }

    public void SendComm(string commId, JsonObject data) => Add("msg", commId, data, null);

    public void CloseComm(string commId) => Add("close", commId, [], null);

    public void Publish(CellOutput output)
    {
        lock (_published)
            _published.Add(output);
    }

    /// <summary>El estado con que se abrió el comm <paramref name="commId"/>.</summary>
    public JsonObject OpenedState(string commId) =>
        Messages.Single(m => m.Kind == "open" && m.CommId == commId).Data["state"]!.AsObject();

    /// <summary>Los <c>comm_msg</c> de <paramref name="commId"/> con ese <c>method</c>.</summary>
    public List<JsonObject> Sent(string commId, string method) =>
        [
            .. Messages
                .Where(m => m.Kind == "msg" && m.CommId == commId && (string?)m.Data["method"] == method)
                .Select(m => m.Data),
        ];

    private void Add(string kind, string commId, JsonObject data, JsonObject? metadata)
    {
        lock (_messages)
            _messages.Add((kind, commId, (JsonObject)data.DeepClone(), metadata));
    }
}
