using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NotebookTools.Benchmarks.Kernel;

/// <summary>
/// Un fichero de conexión de Jupyter como el que escribe un cliente antes de lanzar el kernel: cinco puertos TCP
/// libres en 127.0.0.1 y una clave HMAC nueva.
/// </summary>
/// <remarks>
/// Repite a propósito el formato de <c>NotebookKernel.Protocol.ConnectionInfo</c>: este es el lado del cliente y no
/// enlaza el ensamblado del kernel, así que un error en ese formato se vería aquí en vez de quedar oculto.
/// </remarks>
public sealed record KernelConnection
{
    [JsonPropertyName("transport")]
    public string Transport { get; init; } = "tcp";

    [JsonPropertyName("ip")]
    public string Ip { get; init; } = "127.0.0.1";

    [JsonPropertyName("shell_port")]
    public int ShellPort { get; init; }

    [JsonPropertyName("iopub_port")]
    public int IOPubPort { get; init; }

    [JsonPropertyName("stdin_port")]
    public int StdinPort { get; init; }

    [JsonPropertyName("control_port")]
    public int ControlPort { get; init; }

    [JsonPropertyName("hb_port")]
    public int HeartbeatPort { get; init; }

    [JsonPropertyName("key")]
    public string Key { get; init; } = "";

    [JsonPropertyName("signature_scheme")]
    public string SignatureScheme { get; init; } = "hmac-sha256";

    /// <summary>La dirección ZeroMQ de un puerto.</summary>
    public string Address(int port) => $"{Transport}://{Ip}:{port}";

    /// <summary>
    /// Puertos libres ahora mismo: se abren cinco escuchas en el puerto 0 a la vez (el sistema da cinco distintos) y
    /// se cierran. Como hace jupyter_client; otro proceso podría quitarnos uno antes de que el kernel lo abra, pero
    /// en una medida de segundos es improbable.
    /// </summary>
    public static KernelConnection WithFreePorts()
    {
        var listeners = Enumerable.Range(0, 5).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
            return new KernelConnection
            {
                ShellPort = ports[0],
                IOPubPort = ports[1],
                StdinPort = ports[2],
                ControlPort = ports[3],
                HeartbeatPort = ports[4],
                Key = Guid.NewGuid().ToString("N"),
            };
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    /// <summary>Escribe el fichero de conexión en <paramref name="path"/>.</summary>
    public void WriteTo(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));
}
