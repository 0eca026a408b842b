using BenchmarkDotNet.Attributes;
using System.Text.Json.Nodes;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// Peticiones a un kernel ya arrancado y caliente, medidas como las ve un cliente. Objetivos del issue 5: ida y
/// vuelta de <c>execute_request</c> «1+1» por debajo de 50 ms de mediana; respuestas de completado por debajo de
/// 200 ms.
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(5), IterationCount(30)]
public class KernelRequestBenchmarks
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // Lo que escribe un alumno a medias: miembros de tipos del framework, de una variable y de un espacio de nombres.
    private static readonly string[] CompletionPrefixes =
        ["Console.Wri", "contador.CompareT", "Math.Sq", "conta", "Enumerable.Ran"];

    private KernelProcess _kernel = null!;
    private int _completions;
    private string _completionCode = "";

    /// <summary>Arranca el kernel, espera a iopub y define <c>contador</c> para el completado.</summary>
    [GlobalSetup]
    public void StartKernel()
    {
        _kernel = new KernelProcess();
        _kernel.Start();
        _kernel.KernelInfo(Timeout);
        _kernel.Client.WaitForIOPub(Timeout);
        Execute("var contador = 41;");
    }

    /// <summary>
    /// Hasta <c>execute_reply</c> por shell y el <c>status idle</c> por iopub: la celda está terminada para el
    /// cliente cuando llegan los dos.
    /// </summary>
    [Benchmark(Description = "execute_request «1+1» → reply + idle")]
    public JsonObject ExecuteOnePlusOne() => Execute("1+1");

    [IterationSetup(Target = nameof(Complete))]
    public void NextCompletion()
    {
        _kernel.Client.DrainIOPub();
        _completionCode = CompletionPrefixes[_completions++ % CompletionPrefixes.Length];
    }

    /// <summary>Hasta <c>complete_reply</c>, con el cursor al final del prefijo.</summary>
    [Benchmark(Description = "complete_request → complete_reply")]
    public JsonObject Complete()
    {
        var client = _kernel.Client;
        var id = client.SendShell("complete_request",
            new JsonObject { ["code"] = _completionCode, ["cursor_pos"] = _completionCode.Length });
        var reply = client.ShellReply(id, "complete_reply", Timeout);
        if (reply["matches"] is not JsonArray { Count: > 0 })
            throw new InvalidOperationException($"El completado de «{_completionCode}» no dio ninguna propuesta: {reply}");
        return reply;
    }

    [GlobalCleanup]
    public void StopKernel() => _kernel.Dispose();

    private JsonObject Execute(string code)
    {
        var client = _kernel.Client;
        var id = client.SendShell("execute_request", new JsonObject
        {
            ["code"] = code, ["silent"] = false, ["store_history"] = true,
            ["user_expressions"] = new JsonObject(), ["allow_stdin"] = false, ["stop_on_error"] = true,
        });
        var reply = client.ShellReply(id, "execute_reply", Timeout);
        client.WaitForIdle(id, Timeout);
        if ((string?)reply["status"] != "ok")
            throw new InvalidOperationException($"La celda «{code}» no terminó bien en el kernel: {reply}");
        return reply;
    }
}
