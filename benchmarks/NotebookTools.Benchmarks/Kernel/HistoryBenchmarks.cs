using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using NotebookKernel.History;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// El historial con <see cref="Entries"/> celdas guardadas (<see cref="Sessions"/> sesiones): búsquedas glob (todas
/// las coincidencias, <c>unique</c>, las <c>n</c> últimas) y <c>tail</c> sobre <see cref="HistoryStore"/>, y la misma
/// búsqueda por el protocolo (<c>history_request</c> a un kernel de verdad con ese historial). Objetivo del issue 11:
/// una búsqueda en 10 000 entradas por debajo de 50 ms.
/// </summary>
[Config(typeof(InProcessConfig))]
public class HistoryBenchmarks
{
    /// <summary>Celdas en el historial.</summary>
    public const int Entries = 10_000;

    /// <summary>En cuántas sesiones (arranques del kernel) se reparten.</summary>
    public const int Sessions = 20;

    // Una de cada siete celdas suma algo; 50 códigos distintos entre ellas.
    private const string Pattern = "*.Sum(*";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    private string _folder = "";
    private HistoryStore? _store;
    private BenchmarkKernel? _kernel;

    // Llenarlo cuesta (una transacción por celda, como el kernel): una vez por proceso, y cada caso usa una copia.
    private static readonly Lazy<string> Template = new(FillTemplate);

    [GlobalSetup]
    public void Fill()
    {
        _folder = Directory.CreateTempSubdirectory("historial-").FullName;
        var path = Path.Combine(_folder, "history.sqlite");
        File.Copy(Template.Value, path);
        _store = new HistoryStore(path);
        _kernel = BenchmarkKernel.StartReady(
            ReplyTimeout,
            environment: new Dictionary<string, string> { ["NOTEBOOK_KERNEL_HISTORY"] = path }
        );
    }

    private static string FillTemplate()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("historial-plantilla-").FullName, "history.sqlite");
        for (var session = 0; session < Sessions; session++)
        {
            using var store = new HistoryStore(path);
            for (var line = 1; line <= Entries / Sessions; line++)
            {
                var i = session * (Entries / Sessions) + line;
                var code =
                    i % 7 == 0 ? $"datos.Sum(p => p.Y * {i % 50})"
                    : i % 3 == 0 ? $"Console.WriteLine($\"paso {i}: {{perdida:F4}}\");"
                    : $"var w{i} = w{i - 1} - 0.1 * gradiente[{i % 10}];";
                store.Add(line, code, i % 5 == 0 ? $"{i * 0.5}" : null);
            }
        }
        return path;
    }

    [Benchmark(Description = "HistoryStore.Search, todas (≈1430)")]
    public int SearchAll() => _store!.Search(Pattern, count: null, unique: false).Count;

    [Benchmark(Description = "HistoryStore.Search, unique (50)")]
    public int SearchUnique() => _store!.Search(Pattern, count: null, unique: true).Count;

    [Benchmark(Description = "HistoryStore.Search, n = 10")]
    public int SearchLast10() => _store!.Search(Pattern, count: 10, unique: false).Count;

    [Benchmark(Description = "HistoryStore.Tail, n = 100")]
    public int Tail100() => _store!.Tail(100).Count;

    [Benchmark(Description = "history_request search unique → history_reply (kernel)")]
    public JsonObject SearchThroughTheKernel() =>
        _kernel!.History(
            new JsonObject
            {
                ["hist_access_type"] = "search",
                ["pattern"] = Pattern,
                ["unique"] = true,
                ["output"] = false,
                ["raw"] = true,
            },
            ReplyTimeout
        );

    [GlobalCleanup]
    public void Clean()
    {
        _kernel?.Dispose();
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
