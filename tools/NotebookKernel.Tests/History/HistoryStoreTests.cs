using NotebookKernel.History;

namespace NotebookKernel.Tests.History;

public sealed class HistoryStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("historial-").FullName;

    private string DatabasePath => Path.Combine(_folder, "sub", "history.sqlite");

    [Fact]
    public void Tail_gives_the_last_cells_of_all_sessions_oldest_first()
    {
        using (var first = new HistoryStore(DatabasePath))
        {
            first.Add(1, "var a = 1;", null);
            first.Add(2, "a + 1", "2");
        }
        using var second = new HistoryStore(DatabasePath);
        second.Add(1, "a * 10", "10");

        var tail = second.Tail(2);

        Assert.Equal(["a + 1", "a * 10"], tail.Select(e => e.Source));
        Assert.Equal(second.Session - 1, tail[0].Session);
        Assert.Equal(2, tail[0].Line);
        Assert.Equal("2", tail[0].Output);
        Assert.Equal(second.Session, tail[1].Session);
    }

    [Fact]
    public void Sessions_persist_in_the_file_with_increasing_numbers()
    {
        long firstSession;
        using (var first = new HistoryStore(DatabasePath))
        {
            first.Add(1, "Console.WriteLine(1);", null);
            firstSession = first.Session;
        }
        using var second = new HistoryStore(DatabasePath);

        Assert.Equal(firstSession + 1, second.Session);
        var previous = Assert.Single(second.Range(firstSession, 1, null));
        Assert.Equal(new HistoryEntry(firstSession, 1, "Console.WriteLine(1);", null), previous);
    }

    [Fact]
    public void Range_counts_sessions_from_the_current_one_and_stop_is_exclusive()
    {
        using (var first = new HistoryStore(DatabasePath))
        {
            first.Add(1, "antes", null);
            first.Add(2, "después", null);
        }
        using var store = new HistoryStore(DatabasePath);
        store.Add(1, "uno", null);
        store.Add(2, "dos", null);
        store.Add(3, "tres", null);

        Assert.Equal(["dos"], store.Range(0, 2, 3).Select(e => e.Source));
        Assert.Equal(["dos", "tres"], store.Range(0, 2, null).Select(e => e.Source));
        Assert.Equal(["antes", "después"], store.Range(-1, 1, null).Select(e => e.Source));
        Assert.Empty(store.Range(0, 4, null));
    }

    [Fact]
    public void Search_matches_glob_patterns_case_sensitively()
    {
        using var store = new HistoryStore(HistoryStore.InMemory);
        store.Add(1, "Math.Sqrt(2)", null);
        store.Add(2, "math.sqrt", null);
        store.Add(3, "Math.Abs(-1)", null);
        store.Add(4, "var x = 1;", null);

        Assert.Equal(["Math.Sqrt(2)", "Math.Abs(-1)"], store.Search("Math.*", null, false).Select(e => e.Source));
        Assert.Equal(["Math.Abs(-1)"], store.Search("Math.Ab?(*)", null, false).Select(e => e.Source));
        Assert.Equal(["var x = 1;"], store.Search("var [xyz] *", null, false).Select(e => e.Source));
        // Sin comodines, el patrón es el código entero.
        Assert.Empty(store.Search("Math", null, false));
    }

    [Fact]
    public void Search_with_n_gives_the_last_matches_and_unique_the_last_time_of_each_code()
    {
        using var store = new HistoryStore(HistoryStore.InMemory);
        string[] cells = ["1 + 1", "x", "1 + 1", "2 + 2", "1 + 1", "2 + 2"];
        for (var i = 0; i < cells.Length; i++)
            store.Add(i + 1, cells[i], null);

        Assert.Equal([3, 4, 5, 6], store.Search("? + ?", 4, false).Select(e => e.Line));
        Assert.Equal([5, 6], store.Search("? + ?", null, true).Select(e => e.Line));
        Assert.Equal([6], store.Search("? + ?", 1, true).Select(e => e.Line));
        Assert.Equal(5, store.Search("*", null, false).Count(e => e.Source != "x"));
    }

    [Fact]
    public void A_file_that_cannot_be_written_leaves_the_history_in_memory_with_a_warning()
    {
        var blocker = Path.Combine(_folder, "fichero");
        File.WriteAllText(blocker, "no es una carpeta");
        var warnings = new List<string>();
        using var store = new HistoryStore(Path.Combine(blocker, "history.sqlite"), warnings.Add);

        store.Add(1, "1 + 1", "2");

        Assert.Equal(["1 + 1"], store.Tail(5).Select(e => e.Source));
        var warning = Assert.Single(warnings);
        Assert.Contains(blocker, warning);
        Assert.Contains("memoria", warning);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
