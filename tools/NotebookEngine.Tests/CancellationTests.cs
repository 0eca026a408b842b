using NotebookEngine;

namespace NotebookEngine.Tests;

public sealed class CancellationTests(SessionFixture fixture) : IClassFixture<SessionFixture>
{
    // Se pide parar cuando la celda ya está en marcha (cuando llega su primera línea de consola), no antes.
    private async Task<CellResult> RunStopped(string code)
    {
        using var stop = new CancellationTokenSource();
        return await fixture.Session.ExecuteAsync(
            "Console.WriteLine(\"en marcha\");\n" + code,
            output =>
            {
                if (output is StreamOutput)
                    stop.Cancel();
            },
            stop.Token
        );
    }

    [Theory]
    [InlineData("while (true) { }")]
    [InlineData("long n = 0;\nwhile (true) n++;")]
    [InlineData("for (;;) ;")]
    [InlineData("do { } while (true);")]
    [InlineData("foreach (var i in Enumerable.Repeat(1, int.MaxValue)) { }")]
    [InlineData("void Spin() { var x = 0; while (x >= 0) { x = (x + 1) % 10; } }\nSpin();")]
    [InlineData("Func<int> f = () => { while (true) { } };\nf();")]
    public async Task Infinite_loops_stop_and_the_session_survives(string code)
    {
        await fixture.Session.ExecuteAsync("var survivor = 41;");
        var stopped = await RunStopped(code);
        Assert.False(stopped.Succeeded);
        Assert.Equal("stdout:en marcha\n", Outputs.Describe(stopped.Outputs.Take(1)));
        var error = Assert.IsType<ErrorOutput>(stopped.Outputs[^1]);
        Assert.Equal("CellStopped", error.Name);

        var after = await fixture.Session.ExecuteAsync("survivor + 1");
        Assert.Equal("42", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(after.Outputs)).Data));
    }

    [Fact]
    public async Task Loop_that_ends_on_its_own_is_not_affected()
    {
        var result = await fixture.Session.ExecuteAsync(
            "var total = 0;\nfor (var i = 1; i <= 100; i++) total += i;\ntotal"
        );
        Assert.Equal("5050", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(result.Outputs)).Data));
    }

    [Fact]
    public async Task Instrumentation_keeps_runtime_error_lines()
    {
        var result = await fixture.Session.ExecuteAsync(
            "for (var i = 0; i < 3; i++) { }\nwhile (true) { throw new ArgumentException(\"aquí\"); }"
        );
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal(2, error.Line);
    }
}
