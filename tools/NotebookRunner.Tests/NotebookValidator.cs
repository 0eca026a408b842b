using System.Diagnostics;
using System.Text.Json.Nodes;

namespace NotebookRunner.Tests;

/// <summary>
/// Valida un cuaderno contra el esquema nbformat 4 con el <c>nbformat</c> de Python de Debian si está instalado
/// (<c>/usr/bin/python3</c> con <c>python3-nbformat</c>); si no, con una comprobación estructural mínima.
/// </summary>
internal static class NotebookValidator
{
    private const string Python = "/usr/bin/python3";

    public static void AssertValid(string path)
    {
        if (HasNbformat())
        {
            var (exitCode, output) = RunPython(
                "import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))",
                path
            );
            Assert.True(exitCode == 0, $"nbformat rechaza {path}:\n{output}");
            return;
        }
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(4, root["nbformat"]!.GetValue<int>());
        foreach (var cell in root["cells"]!.AsArray())
        {
            Assert.NotNull(cell!["cell_type"]);
            Assert.NotNull(cell["source"]);
            if (cell["cell_type"]!.GetValue<string>() == "code")
                Assert.IsType<JsonArray>(cell["outputs"]);
        }
    }

    private static bool HasNbformat() => File.Exists(Python) && RunPython("import nbformat").ExitCode == 0;

    private static (int ExitCode, string Output) RunPython(string code, params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(code);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
