using System.Text.Json.Nodes;
using NotebookEngine;
using NotebookEngine.Editing;
using NotebookEngine.Tests.Editing;
using NotebookKernel.Execution;

namespace NotebookKernel.Tests.Kernel;

/// <summary>
/// Un motor de mentira que entiende unas pocas "celdas", para probar el protocolo sin compilar C#:
/// <c>1+1</c> da 2, <c>print</c> escribe en stdout, <c>throw</c> falla, <c>loop</c> gira hasta que lo cancelan,
/// <c>gate</c> espera a <see cref="Gate"/> y luego falla.
/// </summary>
internal sealed class FakeExecutor : ICellExecutor
{
    private readonly List<string> _executed = [];

    public ManualResetEventSlim Running { get; } = new();
    public ManualResetEventSlim Gate { get; } = new();
    public IReadOnlyList<string> Executed => _executed;

    public ScriptContext Context => Sessions.After();

    public void WarmUp() { }

    public async Task<CellResult> ExecuteAsync(
        string code,
        Action<CellOutput>? onOutput,
        CancellationToken cancellationToken
    )
    {
        _executed.Add(code);
        var outputs = new List<CellOutput>();
        void Emit(CellOutput output)
        {
            outputs.Add(output);
            onOutput?.Invoke(output);
        }
        switch (code)
        {
            case "1+1":
                Emit(new ResultOutput(new Dictionary<string, JsonNode> { ["text/plain"] = "2" }));
                break;
            case "print":
                Emit(new StreamOutput("stdout", "hola\n"));
                break;
            case "throw":
                Emit(new ErrorOutput("InvalidOperationException", "fallo", ["línea 1"]));
                break;
            case "gate":
                await Task.Run(() => Gate.Wait(cancellationToken), cancellationToken).ConfigureAwait(false);
                Emit(new ErrorOutput("InvalidOperationException", "fallo tras la puerta", []));
                break;
            case "loop":
                Running.Set();
                try
                {
                    while (true) // como un while(true){} reescrito por el motor: comprueba el token en cada vuelta
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        await Task.Delay(10, CancellationToken.None).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException)
                {
                    Emit(new ErrorOutput("CellStoppedException", "La ejecución de la celda se detuvo.", []));
                }
                break;
        }
        return new CellResult(!outputs.OfType<ErrorOutput>().Any(), outputs, TimeSpan.Zero);
    }

    public void Dispose()
    {
        Running.Dispose();
        Gate.Dispose();
    }
}
