using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JupyterProtocol;

/// <summary>
/// El fichero de conexión que el cliente de Jupyter escribe antes de lanzar el kernel: dónde escuchar y con qué clave firmar.
/// </summary>
public sealed record ConnectionInfo
{
    /// <summary>Transporte de ZeroMQ; este kernel solo admite <c>tcp</c>.</summary>
    [JsonPropertyName("transport")]
    public string Transport { get; init; } = "tcp";

    /// <summary>Dirección en la que escucha el kernel.</summary>
    [JsonPropertyName("ip")]
    public string Ip { get; init; } = "127.0.0.1";

    /// <summary>Puerto de shell (peticiones).</summary>
    [JsonPropertyName("shell_port")]
    public int ShellPort { get; init; }

    /// <summary>Puerto de iopub (difusión de estado y salidas).</summary>
    [JsonPropertyName("iopub_port")]
    public int IOPubPort { get; init; }

    /// <summary>Puerto de stdin (entrada pedida al cliente).</summary>
    [JsonPropertyName("stdin_port")]
    public int StdinPort { get; init; }

    /// <summary>Puerto de control (interrumpir, apagar).</summary>
    [JsonPropertyName("control_port")]
    public int ControlPort { get; init; }

    /// <summary>Puerto del latido.</summary>
    [JsonPropertyName("hb_port")]
    public int HeartbeatPort { get; init; }

    /// <summary>Clave HMAC con que se firman los mensajes; vacía: sin firma.</summary>
    [JsonPropertyName("key")]
    public string Key { get; init; } = "";

    /// <summary>Esquema de firma; este kernel solo admite <c>hmac-sha256</c>.</summary>
    [JsonPropertyName("signature_scheme")]
    public string SignatureScheme { get; init; } = "hmac-sha256";

    /// <summary>La dirección ZeroMQ de un puerto, p. ej. <c>tcp://127.0.0.1:5555</c>.</summary>
    public string Address(int port) => $"{Transport}://{Ip}:{port}";

    /// <summary>
    /// Una conexión nueva en 127.0.0.1 con cinco puertos TCP libres ahora mismo y una clave nueva, como la que escribe
    /// jupyter_client antes de lanzar un kernel: se abren cinco escuchas en el puerto 0 a la vez (el sistema da cinco
    /// distintos) y se cierran. Otro proceso podría quitarnos uno antes de que el kernel lo abra; el kernel diría
    /// entonces que no pudo escuchar.
    /// </summary>
    public static ConnectionInfo WithFreePorts()
    {
        var listeners = Enumerable.Range(0, 5).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
            return new ConnectionInfo
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

    /// <summary>Escribe el fichero de conexión en <paramref name="path"/>, legible solo por su dueño (lleva la clave).</summary>
    public void WriteTo(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var file = new FileStream(path, options);
        JsonSerializer.Serialize(file, this);
    }

    /// <summary>Lee y valida un fichero de conexión.</summary>
    /// <remarks>
    /// Los errores no llevan paramName: el mensaje ya nombra el fichero, y así no se le añade «(Parameter 'path')» en
    /// inglés al mostrarlo («No se pudo arrancar el kernel: …»).
    /// </remarks>
    /// <exception cref="ArgumentException">El fichero no existe, no es JSON o pide algo que este kernel no sabe hacer.</exception>
    public static ConnectionInfo Load(string path)
    {
        if (!File.Exists(path))
            throw new ArgumentException($"El fichero de conexión '{path}' no existe.");
        ConnectionInfo? info;
        try
        {
            info = JsonSerializer.Deserialize<ConnectionInfo>(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"El fichero de conexión '{path}' no es JSON válido: {e.Message}", e);
        }
        if (info is null)
            throw new ArgumentException($"El fichero de conexión '{path}' está vacío.");
        info.Validate(path);
        return info;
    }

    private void Validate(string path)
    {
        // NetMQ implementa ipc:// a su manera (no es compatible con libzmq), así que solo aceptamos TCP.
        if (Transport != "tcp")
            throw new ArgumentException(
                $"El fichero de conexión '{path}' pide el transporte '{Transport}', pero este kernel solo admite 'tcp'."
            );
        if (SignatureScheme != "hmac-sha256")
            throw new ArgumentException(
                $"El fichero de conexión '{path}' pide la firma '{SignatureScheme}', pero este kernel solo admite 'hmac-sha256'."
            );
        int[] ports = [ShellPort, IOPubPort, StdinPort, ControlPort, HeartbeatPort];
        if (ports.Any(p => p is <= 0 or > 65535))
            throw new ArgumentException(
                $"El fichero de conexión '{path}' tiene puertos fuera de rango: {string.Join(", ", ports)}."
            );
    }
}
