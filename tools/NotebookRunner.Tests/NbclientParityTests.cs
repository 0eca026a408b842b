using System.Text.Json.Nodes;

namespace NotebookRunner.Tests;

/// <summary>
/// El mismo cuaderno ejecutado por nuestro ejecutor y por nbclient (el de Debian) con nuestro kernel da las mismas
/// salidas y números de ejecución: el ejecutor habla con el kernel como cualquier cliente de Jupyter. Se ignoran los
/// instantes (<c>metadata.execution</c>) y se unen los trozos seguidos de un mismo flujo, que nbclient deja sueltos.
/// </summary>
public sealed class NbclientParityTests : IDisposable
{
    private const string KernelName = "csharp-redes-neuronales";
    private readonly string _folder = Directory.CreateTempSubdirectory("runner-paridad-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [RequiresPythonFact("nbclient", "nbformat")]
    public void The_runner_and_nbclient_with_our_kernel_write_the_same_outputs()
    {
        var source = Path.Combine(_folder, "paridad.ipynb");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "ParityFixture", "paridad.ipynb"), source);
        var jupyterData = Path.Combine(_folder, "jupyter");
        InstallKernelSpec(jupyterData);

        var (exitCode, output) = RunnerProcess.Run(
            source,
            "--out",
            Path.Combine(_folder, "runner"),
            "--no-images",
            "--continue-on-error"
        );
        Assert.True(exitCode == 1, $"la celda 3 lanza a propósito: se esperaba 1, no {exitCode}:\n{output}");
        var byNbclient = Path.Combine(_folder, "nbclient.ipynb");
        var (pythonExit, pythonOutput) = Python.Run(
            """
            import sys, nbformat, nbclient
            nb = nbformat.read(sys.argv[1], as_version=4)
            nbclient.NotebookClient(nb, kernel_name=sys.argv[3], allow_errors=True, timeout=300,
                                    resources={"metadata": {"path": sys.argv[4]}}).execute()
            nbformat.write(nb, sys.argv[2])
            """,
            [source, byNbclient, KernelName, _folder],
            new Dictionary<string, string>
            {
                ["JUPYTER_PATH"] = jupyterData,
                ["JUPYTER_DATA_DIR"] = jupyterData,
                // Las celdas de la prueba no van al historial del usuario.
                ["NOTEBOOK_KERNEL_HISTORY"] = ":memory:",
            }
        );
        Assert.True(pythonExit == 0, $"nbclient falló:\n{pythonOutput}");

        var runner = CodeCells(Path.Combine(_folder, "runner", "notebooks", "paridad.ipynb"));
        var nbclient = CodeCells(byNbclient);
        Assert.Equal(3, runner.Count);
        Assert.Equal(nbclient.Select(c => c.Count), runner.Select(c => c.Count));
        for (var i = 0; i < runner.Count; i++)
            Assert.Equal(nbclient[i].Outputs, runner[i].Outputs);
        Assert.Contains("InvalidOperationException", runner[1].Outputs);
        Assert.Contains("uno\\ndos\\n", runner[0].Outputs);
    }

    private static void InstallKernelSpec(string jupyterData)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (
            var argument in new[]
            {
                Path.Combine(AppContext.BaseDirectory, "NotebookKernel.dll"),
                "install",
                "--name",
                KernelName,
            }
        )
            start.ArgumentList.Add(argument);
        start.Environment["JUPYTER_DATA_DIR"] = jupyterData;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"no se pudo instalar el kernelspec:\n{output}");
    }

    // Número de ejecución y salidas (en JSON, con los flujos seguidos unidos) de cada celda de código.
    private static List<(int? Count, string Outputs)> CodeCells(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!["cells"]!
            .AsArray()
            .Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .Select(c => (c!["execution_count"]?.GetValue<int?>(), Normalize(c["outputs"]!.AsArray())))
            .ToList();

    private static string Normalize(JsonArray outputs)
    {
        var merged = new JsonArray();
        foreach (var output in outputs.Select(o => o!.DeepClone().AsObject()))
        {
            if (output["text"] is JsonArray textLines)
                output["text"] = string.Concat(textLines.Select(l => l!.GetValue<string>()));
            if (output["data"] is JsonObject data)
                foreach (var (mime, value) in data.ToList())
                    if (value is JsonArray lines && mime.StartsWith("text/", StringComparison.Ordinal))
                        data[mime] = string.Concat(lines.Select(l => l!.GetValue<string>()));
            if (
                merged.Count > 0
                && merged[^1] is JsonObject last
                && (string?)last["output_type"] == "stream"
                && (string?)output["output_type"] == "stream"
                && (string?)last["name"] == (string?)output["name"]
            )
                last["text"] = (string?)last["text"] + (string?)output["text"];
            else
                merged.Add(output);
        }
        return Sorted(merged)!.ToJsonString();
    }

    // Las claves en orden alfabético: nbformat (Python) y System.Text.Json no escriben los campos en el mismo orden.
    private static JsonNode? Sorted(JsonNode? node) =>
        node switch
        {
            JsonObject o => new JsonObject(
                o.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value?.DeepClone())))
            ),
            JsonArray a => new JsonArray(a.Select(item => Sorted(item?.DeepClone())).ToArray()),
            _ => node?.DeepClone(),
        };
}
