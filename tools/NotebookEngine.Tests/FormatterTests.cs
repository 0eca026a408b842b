using NotebookEngine;

namespace NotebookEngine.Tests;

public sealed class FormatterTests(SessionFixture fixture) : IClassFixture<SessionFixture>
{
    [Fact]
    public async Task Type_formatter_source_convention_is_honoured()
    {
        // La misma forma que usa TorchSharp, declarada en la propia celda: el motor la reconoce solo por los nombres.
        var result = await fixture.Session.ExecuteAsync(
            """
            class TypeFormatterSourceAttribute : Attribute
            {
                public TypeFormatterSourceAttribute(Type type) => FormatterSourceType = type;
                public Type FormatterSourceType { get; }
            }
            class HtmlFormatter
            {
                public string MimeType => "text/html";
                public bool Format(object instance, System.IO.TextWriter writer)
                {
                    if (instance is not Celsius c) return false;
                    writer.Write($"<b>{c.Degrees} °C</b>");
                    return true;
                }
            }
            class Source { public IEnumerable<object> CreateTypeFormatters() { yield return new HtmlFormatter(); } }
            [TypeFormatterSource(typeof(Source))]
            record Celsius(double Degrees);
            new Celsius(21.5)
            """
        );
        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
        var data = Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data;
        Assert.Equal("<b>21.5 °C</b>", data["text/html"].GetValue<string>());
        Assert.Equal("Celsius { Degrees = 21.5 }", data["text/plain"].GetValue<string>());
    }

    [Theory]
    [InlineData("new[] { 1, 2, 3 }", "[1, 2, 3]")]
    [InlineData("new List<string> { \"a\", \"b\" }", "[a, b]")]
    [InlineData("new int[0][]", "[]")]
    [InlineData("new[] { new[] { 1 }, new[] { 2, 3 } }", "[[1], [2, 3]]")]
    [InlineData("(string?)null", "<null>")]
    [InlineData("(1, \"uno\")", "(1, uno)")]
    public async Task Plain_text_is_readable(string expression, string expected)
    {
        var result = await fixture.Session.ExecuteAsync(expression);
        Assert.Equal(expected, Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
    }

    [Fact]
    public async Task Long_collections_are_cut()
    {
        var result = await fixture.Session.ExecuteAsync("Enumerable.Range(0, 1000).ToArray()");
        var text = Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data);
        Assert.EndsWith("48, 49, …]", text);
    }

    [Fact]
    public async Task Display_can_restrict_mime_types()
    {
        var result = await fixture.Session.ExecuteAsync("display(\"<i>x</i>\", \"text/plain\")");
        var data = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs)).Data;
        Assert.Equal(["text/plain"], data.Keys);
    }
}
