using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace NotebookRunner.Tests;

/// <summary>
/// Una carpeta con copias de cuadernos de HostileFixtures/ (los fuentes se guardan con su sha256) y lo que deja el
/// ejecutor de verdad, como proceso, al ejecutarla.
/// </summary>
public sealed class HostileRun : IDisposable
{
    public HostileRun(params string[] notebooks)
    {
        Directory.CreateDirectory(Sources);
        foreach (var name in notebooks)
        {
            var path = Path.Combine(Sources, name);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "HostileFixtures", name), path);
            Hashes[path] = Hash(path);
        }
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("runner-hostil-").FullName;

    public string Sources => Path.Combine(Root, "cuadernos");

    public string Output => Path.Combine(Root, "salida");

    public Dictionary<string, string> Hashes { get; } = [];

    public int ExitCode { get; private set; }

    public string Log { get; private set; } = "";

    /// <summary>Ejecuta el ejecutor sobre la carpeta de fuentes con las opciones dadas (además de --out y --no-images).</summary>
    public HostileRun Run(params string[] options)
    {
        (ExitCode, Log) = RunnerProcess.Run([Sources, "--out", Output, "--no-images", .. options]);
        return this;
    }

    /// <summary>Las celdas de código de la copia ejecutada de <paramref name="name"/>.</summary>
    public List<JsonObject> CodeCells(string name)
    {
        var path = Path.Combine(Output, "notebooks", name);
        Assert.True(File.Exists(path), $"el ejecutor no escribió {name}; su salida:\n{Log}");
        return
        [
            .. JsonNode.Parse(File.ReadAllText(path))!["cells"]!
                .AsArray()
                .Select(c => c!.AsObject())
                .Where(c => (string?)c["cell_type"] == "code"),
        ];
    }

    /// <summary>Todo el texto de las salidas de una celda (flujos, valores y errores), para buscar en él.</summary>
    public static string OutputText(JsonObject cell) =>
        cell["outputs"]!.ToJsonString(
            new System.Text.Json.JsonSerializerOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }
        );

    /// <summary>Si ningún fuente cambió (sha256 de antes y de después).</summary>
    public void AssertSourcesUntouched()
    {
        foreach (var (path, hash) in Hashes)
            Assert.Equal(hash, Hash(path));
    }

    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException) { }
    }
}
