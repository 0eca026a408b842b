namespace NotebookEngine.Tests;

/// <summary>
/// Lo que el motor no debe retener (issue 13, memoria): el valor de una celda, sus salidas y lo que creó sin guardarlo
/// en una variable. Las variables de una celda sí viven lo que la sesión (es lo que se espera en un cuaderno) y los
/// ensamblados de Roslyn no se descargan (ver «Memoria por celda» en el README del kernel).
/// </summary>
public sealed class MemoryTests(SessionFixture fixture) : IClassFixture<SessionFixture>
{
    private async Task<string> Run(string code)
    {
        var result = await fixture.Session.ExecuteAsync(code);
        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
        return Outputs.Describe(result.Outputs);
    }

    [Fact]
    public async Task A_cell_value_and_what_a_cell_dropped_are_collected_after_later_cells()
    {
        await Run(
            """
            static class Probe
            {
                public static readonly List<WeakReference> Tracked = [];
                public static T Track<T>(T value) where T : class { Tracked.Add(new WeakReference(value)); return value; }
            }
            """
        );
        await Run("Probe.Track(new byte[10_000_000])"); // el valor de la celda, mostrado
        await Run("display(Probe.Track(new int[1_000]));"); // una salida con display
        await Run("Probe.Track(new double[1_000_000]).Length"); // creado y soltado dentro de la celda
        await Run("1 + 1");

        var alive = await Run(
            "GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); Probe.Tracked.Count(r => r.IsAlive)"
        );

        Assert.Equal("result:0", alive);
    }

    [Fact]
    public async Task What_a_cell_keeps_in_a_variable_stays_alive_as_a_notebook_expects()
    {
        await Run(
            """
            static class Kept
            {
                public static WeakReference? Reference;
                public static T Track<T>(T value) where T : class { Reference = new WeakReference(value); return value; }
            }
            """
        );
        await Run("var guardado = Kept.Track(new byte[1_000]);");
        await Run("2 + 2");

        Assert.Equal("result:True", await Run("GC.Collect(); GC.WaitForPendingFinalizers(); Kept.Reference!.IsAlive"));
        Assert.Equal("result:1000", await Run("guardado.Length"));
    }
}
