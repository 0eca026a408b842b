using System.Text.Json.Nodes;

namespace NotebookBook.Tests;

public class MimeChooserTests
{
    [Theory]
    [InlineData(
        "application/vnd.plotly.v1+json",
        "text/html",
        "image/png",
        "text/plain",
        "application/vnd.plotly.v1+json"
    )]
    [InlineData("text/plain", "image/png", "text/html", null, "text/html")]
    [InlineData("text/plain", "image/png", null, null, "image/png")]
    [InlineData("image/png", "image/svg+xml", null, null, "image/svg+xml")]
    [InlineData("text/plain", "text/markdown", null, null, "text/markdown")]
    [InlineData("text/plain", "text/latex", null, null, "text/latex")]
    [InlineData("text/plain", "application/json", null, null, "application/json")]
    [InlineData("text/plain", null, null, null, "text/plain")]
    public void The_richest_known_representation_wins(string a, string? b, string? c, string? d, string expected)
    {
        var data = new[] { a, b, c, d }.OfType<string>().ToDictionary(m => m, m => (JsonNode)JsonValue.Create("x")!);

        Assert.Equal(expected, MimeChooser.Choose(data));
    }

    [Fact]
    public void Unknown_types_only_give_no_choice()
    {
        Assert.Null(
            MimeChooser.Choose(new Dictionary<string, JsonNode> { ["application/x-raro"] = JsonValue.Create(1)! })
        );
    }
}
