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
    [InlineData("L: goto L;")]
    [InlineData("var n = 0;\narriba:\nn++;\nif (n > 0) goto arriba;")]
    [InlineData("long Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);\nFib(100);")] // recursión lenta, con cuerpo de expresión
    [InlineData("void Gira() { Gira2(); } void Gira2() { Gira(); }\nGira();")] // recursión mutua sin fin: la pila no se agota antes de parar... o sí, y lo dice
    [InlineData(
        "IEnumerable<int> Naturales() { var i = 0; while (true) yield return i++; }\nNaturales().Select(n => n * 2).Last();"
    )]
    [InlineData("Enumerable.Range(0, int.MaxValue).Select(i => (long)i * i).Where(x => x < 0).Count();")] // el bucle está en LINQ
    [InlineData("Array.ForEach(new byte[1 << 24], b => System.Threading.Thread.SpinWait(100_000));")] // lambda void en una biblioteca
    public async Task Infinite_loops_stop_and_the_session_survives(string code)
    {
        await fixture.Session.ExecuteAsync("var survivor = 41;");
        var stopped = await RunStopped(code);
        Assert.False(stopped.Succeeded);
        Assert.Equal("stdout:en marcha\n", Outputs.Describe(stopped.Outputs.Take(1)));
        var error = Assert.IsType<ErrorOutput>(stopped.Outputs[^1]);
        // Una recursión sin fin puede agotar la pila antes de que llegue la orden: también es un error de la celda.
        Assert.Contains(error.Name, new[] { "CellStopped", nameof(InsufficientExecutionStackException) });

        var after = await fixture.Session.ExecuteAsync("survivor + 1");
        Assert.Equal("42", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(after.Outputs)).Data));
    }

    [Theory]
    [InlineData("int SinFin(int n) => SinFin(n + 1) + 1;\nSinFin(0)")]
    [InlineData("class Nodo { public int Alto => Alto + 1; }\nnew Nodo().Alto")]
    [InlineData("Func<int, int> f = null!;\nf = n => f(n + 1) + 1;\nf(0)")]
    public async Task Endless_recursion_is_an_error_of_the_cell_and_not_the_end_of_the_process(string code)
    {
        var result = await fixture.Session.ExecuteAsync(code);

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal(nameof(InsufficientExecutionStackException), error.Name);
        Assert.Contains("recursión infinita", error.Message);
        Assert.True(error.Traceback.Count <= 14, $"la traza tiene {error.Traceback.Count} líneas");
        var after = await fixture.Session.ExecuteAsync("1 + 1");
        Assert.Equal("2", Outputs.Text(Assert.IsType<ResultOutput>(Assert.Single(after.Outputs)).Data));
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
