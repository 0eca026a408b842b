using NotebookEngine;
using NotebookEngine.Scripting;

namespace NotebookEngine.Tests;

/// <summary>
/// <c>display(x)</c> devuelve la salida mostrada, que <c>Update</c> cambia en su sitio (como Polyglot), y
/// <c>ClearOutput</c> borra la celda: lo que llega al kernel según ocurre y lo que queda al final.
/// </summary>
public sealed class LiveDisplayTests(SessionFixture fixture) : IClassFixture<SessionFixture>
{
    private async Task<(CellResult Result, List<CellOutput> Streamed)> Run(string code)
    {
        var streamed = new List<CellOutput>();
        var result = await fixture.Session.ExecuteAsync(
            code,
            output =>
            {
                lock (streamed)
                    streamed.Add(output);
            }
        );
        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
        return (result, streamed);
    }

    [Fact]
    public async Task Update_changes_the_displayed_output_in_place_with_the_same_display_id()
    {
        var (result, streamed) = await Run("var d = display(\"primero\");\nd.Update(\"segundo\");");

        var shown = Assert.IsType<DisplayOutput>(streamed[0]);
        var update = Assert.IsType<DisplayUpdate>(streamed[1]);
        Assert.NotNull(shown.DisplayId);
        Assert.Equal(shown.DisplayId, update.DisplayId);
        Assert.Equal("segundo", Outputs.Text(update.Data));
        // Al final queda una sola salida, con el último contenido.
        var final = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs));
        Assert.Equal("segundo", Outputs.Text(final.Data));
        Assert.Equal(shown.DisplayId, final.DisplayId);
    }

    [Fact]
    public async Task A_fast_loop_of_updates_is_throttled_and_the_last_value_always_arrives()
    {
        var (result, streamed) = await Run(
            "var watch = System.Diagnostics.Stopwatch.StartNew();\n"
                + "var d = display(0);\n"
                + "for (int i = 1; i <= 1000; i++) d.Update(i);\n"
                + "Console.WriteLine(watch.ElapsedMilliseconds);"
        );

        var updates = streamed.OfType<DisplayUpdate>().ToList();
        var elapsed = TimeSpan.FromMilliseconds(
            double.Parse(Assert.IsType<StreamOutput>(streamed.Last(o => o is StreamOutput)).Text)
        );
        // Una en el acto, como mucho una más por cada 250 ms que duró el bucle, y la última al acabar.
        Assert.InRange(updates.Count, 2, 2 + (int)(elapsed / DisplayHandle.MinimumInterval));
        Assert.Equal("1", Outputs.Text(updates[0].Data));
        Assert.Equal("1000", Outputs.Text(updates[^1].Data));
        Assert.Equal("1000", Outputs.Text(Assert.IsType<DisplayOutput>(result.Outputs[0]).Data));
    }

    [Fact]
    public async Task A_later_cell_updates_an_output_of_an_earlier_cell()
    {
        var (first, _) = await Run("var tabla = display(\"vacía\");");
        var (second, streamed) = await Run("tabla.Update(\"llena\");");

        var id = Assert.IsType<DisplayOutput>(Assert.Single(first.Outputs)).DisplayId;
        var update = Assert.IsType<DisplayUpdate>(Assert.Single(streamed));
        Assert.Equal(id, update.DisplayId);
        Assert.Equal("llena", Outputs.Text(update.Data));
        // La salida es de la otra celda: esta no muestra nada suyo.
        Assert.Empty(second.Outputs);
    }

    [Fact]
    public async Task ClearOutput_removes_what_came_before()
    {
        var (result, streamed) = await Run(
            "Console.WriteLine(\"se borra\");\nClearOutput();\nConsole.WriteLine(\"se queda\");"
        );

        Assert.Contains(streamed, o => o is ClearRequest { Wait: false });
        Assert.Equal("stdout:se queda\n", Outputs.Describe(result.Outputs));
    }

    [Fact]
    public async Task ClearOutput_with_wait_removes_only_when_something_new_arrives()
    {
        var (replaced, _) = await Run("display(1);\nClearOutput(wait: true);\ndisplay(2);");
        var (kept, _) = await Run("display(1);\nClearOutput(wait: true);");

        Assert.Equal("display:2", Outputs.Describe(replaced.Outputs));
        Assert.Equal("display:1", Outputs.Describe(kept.Outputs));
    }

    [Theory]
    [InlineData("display(5)")]
    [InlineData("5.Display()")]
    public async Task Displaying_as_the_last_line_shows_the_value_once_and_not_the_handle(string code)
    {
        var (result, _) = await Run(code);

        Assert.Equal("display:5", Outputs.Describe(result.Outputs));
    }
}
