using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using JupyterProtocol;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// Latencias de los controles y de los displays vivos en un kernel caliente, con nuestro cliente del protocolo
/// (tools/JupyterProtocol) haciendo de front end. Objetivos del issue 10:
/// <list type="bullet">
/// <item>mover un deslizador (<c>comm_msg</c> <c>update</c>) hasta recibir la salida nueva de su <c>Interact</c> (el
/// <c>comm_msg</c> con los <c>outputs</c> de su área de salida), con una función trivial: mediana por debajo de
/// 100 ms;</item>
/// <item>una actualización de un display hasta iopub, por debajo de 20 ms. Aquí se mide de más: desde el
/// <c>comm_msg</c> que hace que un manejador llame a <c>Update</c> hasta que llega su <c>update_display_data</c>. La
/// llamada sola la mide el cliente de Python de CI (<c>frontend_client.py</c>), que compara la hora de la llamada en el
/// kernel con la de llegada.</item>
/// </list>
/// Cada medida actualiza un display distinto (hay 200): la limitación a 4 actualizaciones por segundo de cada display
/// no entra en la medida.
/// </summary>
[Config(typeof(InProcessConfig))]
[WarmupCount(5), IterationCount(30)]
public class WidgetLatencyBenchmarks
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private const string Setup = """
        var n = new IntSlider("n", 0, 1000000);
        var s = new IntSlider("s", 0, 1000000);
        var pantallas = new List<DisplayHandle>();
        for (int i = 0; i < 200; i++) pantallas.Add(display(i));
        s.OnChange(v => pantallas[v % 200].Update(-v));
        new Box(Interact(() => n.Value, n), s)
        """;

    private BenchmarkKernel _kernel = null!;
    private string _interactSlider = "";
    private string _interactOutput = "";
    private string _handlerSlider = "";
    private int _value;

    [GlobalSetup]
    public void StartKernel()
    {
        _kernel = BenchmarkKernel.StartReady(Timeout);
        var client = _kernel.Process.Client;
        var request = client.Execute(Setup);
        var opened = new Dictionary<string, JsonObject>();
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            var (channel, message) = client.ReceiveAsync(deadline.Token).AsTask().GetAwaiter().GetResult();
            if (message.ParentId != request.MessageId)
                continue;
            if (message.MessageType == "comm_open")
                opened[(string)message.Content["comm_id"]!] = message.Content["data"]!["state"]!.AsObject();
            if (channel == Channel.IOPub && (string?)message.Content["execution_state"] == "idle")
                break;
        }
        string Find(string model, string? description = null) =>
            opened
                .Single(pair =>
                    (string?)pair.Value["_model_name"] == model
                    && (description is null || (string?)pair.Value["description"] == description)
                )
                .Key;
        _interactSlider = Find("IntSliderModel", "n");
        _handlerSlider = Find("IntSliderModel", "s");
        _interactOutput = Find("OutputModel");
        _kernel.Drain();
    }

    [Benchmark(Description = "deslizador → salida nueva de Interact")]
    public JsonObject SliderMoveToNewOutput()
    {
        var value = ++_value;
        Move(_interactSlider, value);
        return WaitFor(message =>
            message.MessageType == "comm_msg"
            && (string?)message.Content["comm_id"] == _interactOutput
            && message.Content["data"]?["state"]?["outputs"] is JsonArray outputs
            && outputs.Any(o => (string?)o?["data"]?["text/plain"] == value.ToString())
        );
    }

    [Benchmark(Description = "comm_msg → Update → update_display_data")]
    public JsonObject HandlerDisplayUpdateToIOPub()
    {
        var value = ++_value;
        Move(_handlerSlider, value);
        return WaitFor(message =>
            message.MessageType == "update_display_data"
            && (string?)message.Content["data"]?["text/plain"] == (-value).ToString()
        );
    }

    [GlobalCleanup]
    public void StopKernel() => _kernel.Dispose();

    private void Move(string commId, int value) =>
        _kernel.Process.Client.Send(
            Channel.Shell,
            "comm_msg",
            new JsonObject
            {
                ["comm_id"] = commId,
                ["data"] = new JsonObject
                {
                    ["method"] = "update",
                    ["state"] = new JsonObject { ["value"] = value },
                    ["buffer_paths"] = new JsonArray(),
                },
            }
        );

    // El primer mensaje de iopub que cumple la condición; los demás (eco, status) se descartan.
    private JsonObject WaitFor(Func<JupyterMessage, bool> wanted)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            var (channel, message) = _kernel
                .Process.Client.ReceiveAsync(deadline.Token)
                .AsTask()
                .GetAwaiter()
                .GetResult();
            if (channel == Channel.IOPub && wanted(message))
                return message.Content;
        }
    }
}
