using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookEngine.Formatting;

/// <summary>
/// Dibuja figuras Plotly como PNG con Chromium sin ventana. Arrancar Chromium y cargar plotly.js cuesta 2-4 s, así
/// que se hace una vez por proceso (al primer gráfico; el ejecutor ahorra ese tiempo en cada cuaderno siguiente) con
/// una página que carga plotly.js desde un archivo local, y cada figura se convierte con <c>Plotly.toImage</c> por el
/// protocolo DevTools (un WebSocket): unas décimas por gráfico. Chromium se cierra al terminar el proceso. Si algo
/// falla, se avisa en el registro y el proceso sigue sin imágenes.
/// </summary>
internal sealed partial class ChartImageRenderer(string chromiumPath, TextWriter? log) : IAsyncDisposable
{
    private static readonly Dictionary<string, ChartImageRenderer> SharedRenderers = new(StringComparer.Ordinal);

    /// <summary>El dibujante compartido por todas las sesiones del proceso para ese Chromium.</summary>
    public static ChartImageRenderer Shared(string chromiumPath, TextWriter? log)
    {
        lock (SharedRenderers)
        {
            if (!SharedRenderers.TryGetValue(chromiumPath, out var renderer))
            {
                renderer = new ChartImageRenderer(chromiumPath, log);
                SharedRenderers[chromiumPath] = renderer;
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                    renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            return renderer;
        }
    }

    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private Process? _browser;
    private ClientWebSocket? _socket;
    private string? _directory;
    private int _nextId;
    private bool _failed;

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsUrl();

    /// <summary>El PNG en base64, o <c>null</c> si no se pudo.</summary>
    public string? RenderPng(JsonObject figure, string? plotlyJs)
    {
        lock (_gate)
        {
            if (_failed || plotlyJs is null)
                return null;
            try
            {
                return RenderAsync(figure, plotlyJs).GetAwaiter().GetResult();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                _failed = true;
                log?.WriteLine(
                    $"No se pudieron generar imágenes PNG de los gráficos con {chromiumPath}: {exception.Message}"
                );
                return null;
            }
        }
    }

    private async Task<string?> RenderAsync(JsonObject figure, string plotlyJs)
    {
        if (_socket is null)
            await StartAsync(plotlyJs).ConfigureAwait(false);
        var width = Size(figure, "width", 700);
        var height = Size(figure, "height", 450);
        var expression =
            $"Plotly.toImage({figure.ToJsonString()}, {{format: 'png', width: {width}, height: {height}}})"
            + ".then(function (url) { return url.substring(url.indexOf(',') + 1); })";
        var result = await CallAsync(
                "Runtime.evaluate",
                new JsonObject
                {
                    ["expression"] = expression,
                    ["awaitPromise"] = true,
                    ["returnByValue"] = true,
                }
            )
            .ConfigureAwait(false);
        if (result["exceptionDetails"] is { } details)
            throw new InvalidOperationException(
                $"plotly.js falló: {details["exception"]?["description"] ?? details["text"]}"
            );
        return result["result"]?["value"]?.GetValue<string>();
    }

    private async Task StartAsync(string plotlyJs)
    {
        _directory = Directory.CreateTempSubdirectory("notebook-charts-").FullName;
        await File.WriteAllTextAsync(Path.Combine(_directory, "plotly.min.js"), plotlyJs).ConfigureAwait(false);
        var page = Path.Combine(_directory, "page.html");
        await File.WriteAllTextAsync(
                page,
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"plotly.min.js\"></script></head><body></body></html>"
            )
            .ConfigureAwait(false);

        var start = BrowserStart(chromiumPath, _directory, page);
        _browser = Process.Start(start) ?? throw new InvalidOperationException("no arrancó");
        _ = _browser.StandardOutput.BaseStream.CopyToAsync(Stream.Null);

        _socket = await ConnectToPageAsync(_browser).ConfigureAwait(false);

        // Esperar a que plotly.js termine de cargarse en la página.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var ready = await CallAsync(
                    "Runtime.evaluate",
                    new JsonObject { ["expression"] = "typeof Plotly", ["returnByValue"] = true }
                )
                .ConfigureAwait(false);
            if (ready["result"]?["value"]?.GetValue<string>() == "object")
                return;
            await Task.Delay(50).ConfigureAwait(false);
        }
        throw new InvalidOperationException("plotly.js no se cargó en Chromium");
    }

    // Chromium sin ventana ni nada que no haga falta para dibujar una página local, con el protocolo DevTools abierto
    // en un puerto libre (lo dice en su salida de error).
    private static ProcessStartInfo BrowserStart(string chromiumPath, string directory, string page)
    {
        var start = new ProcessStartInfo(chromiumPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (
            var argument in new[]
            {
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--allow-file-access-from-files",
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
                $"--user-data-dir={Path.Combine(directory, "profile")}",
                new Uri(page).AbsoluteUri,
            }
        )
            start.ArgumentList.Add(argument);
        return start;
    }

    // El WebSocket de DevTools de la página que abrió Chromium.
    private static async Task<ClientWebSocket> ConnectToPageAsync(Process browser)
    {
        var browserUrl = await ReadDevToolsUrlAsync(browser).ConfigureAwait(false);
        var port = new Uri(browserUrl).Port;
        using var http = new HttpClient { Timeout = CallTimeout };
        var targets = JsonNode
            .Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list").ConfigureAwait(false))!
            .AsArray();
        var pageUrl =
            targets
                .FirstOrDefault(t => t?["type"]?.GetValue<string>() == "page")
                ?["webSocketDebuggerUrl"]?.GetValue<string>()
            ?? throw new InvalidOperationException("Chromium no abrió la página");
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var timeout = new CancellationTokenSource(CallTimeout);
        await socket.ConnectAsync(new Uri(pageUrl), timeout.Token).ConfigureAwait(false);
        return socket;
    }

    private static async Task<string> ReadDevToolsUrlAsync(Process browser)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        while (await browser.StandardError.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
        {
            if (DevToolsUrl().Match(line) is { Success: true } match)
            {
                // El resto de stderr se descarta para que Chromium no se bloquee con la tubería llena.
                _ = browser.StandardError.BaseStream.CopyToAsync(Stream.Null);
                return match.Groups[1].Value;
            }
        }
        throw new InvalidOperationException("Chromium terminó sin abrir el puerto de DevTools");
    }

    private async Task<JsonObject> CallAsync(string method, JsonObject parameters)
    {
        var id = ++_nextId;
        var message = new JsonObject
        {
            ["id"] = id,
            ["method"] = method,
            ["params"] = parameters,
        }.ToJsonString();
        using var timeout = new CancellationTokenSource(CallTimeout);
        await _socket!
            .SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, timeout.Token)
            .ConfigureAwait(false);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult chunk;
            do
            {
                chunk = await _socket.ReceiveAsync(buffer, timeout.Token).ConfigureAwait(false);
                if (chunk.MessageType == WebSocketMessageType.Close)
                    throw new InvalidOperationException("Chromium cerró la conexión");
                received.Write(buffer, 0, chunk.Count);
            } while (!chunk.EndOfMessage);
            var reply = JsonNode.Parse(received.ToArray())!.AsObject();
            if (reply["id"]?.GetValue<int>() != id)
                continue; // eventos y respuestas de otras llamadas
            if (reply["error"] is { } error)
                throw new InvalidOperationException($"DevTools {method}: {error["message"]}");
            return reply["result"]!.AsObject();
        }
    }

    private static int Size(JsonObject figure, string name, int fallback) =>
        figure["layout"]?[name] is JsonValue value && value.TryGetValue<double>(out var size) && size > 0
            ? (int)size
            : fallback;

    /// <summary>Cierra Chromium y borra sus archivos temporales.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_socket is not null)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException) { }
            _socket.Dispose();
        }
        if (_browser is { HasExited: false })
        {
            _browser.Kill(entireProcessTree: true);
            await _browser.WaitForExitAsync().ConfigureAwait(false);
        }
        _browser?.Dispose();
        if (_directory is not null)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException) { }
        }
    }
}
