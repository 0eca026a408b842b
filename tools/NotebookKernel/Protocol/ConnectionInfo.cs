using System.Text.Json;
using System.Text.Json.Serialization;

namespace NotebookKernel.Protocol;

/// <summary>
/// El fichero de conexión que el cliente de Jupyter escribe antes de lanzar el kernel: dónde escuchar y con qué clave firmar.
/// </summary>
internal sealed record ConnectionInfo
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

    /// <summary>La dirección ZeroMQ de un puerto, p. ej. <c>tcp://127.0.0.1:5555</c>.</summary>
    public string Address(int port) => $"{Transport}://{Ip}:{port}";

    /// <summary>Lee y valida un fichero de conexión.</summary>
    /// <exception cref="ArgumentException">El fichero no existe, no es JSON o pide algo que este kernel no sabe hacer.</exception>
    public static ConnectionInfo Load(string path)
    {
        if (!File.Exists(path))
            throw new ArgumentException($"El fichero de conexión '{path}' no existe.", nameof(path));
        ConnectionInfo? info;
        try
        {
            info = JsonSerializer.Deserialize<ConnectionInfo>(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new ArgumentException(
                $"El fichero de conexión '{path}' no es JSON válido: {e.Message}",
                nameof(path),
                e
            );
        }
        if (info is null)
            throw new ArgumentException($"El fichero de conexión '{path}' está vacío.", nameof(path));
        info.Validate(path);
        return info;
    }

    private void Validate(string path)
    {
        // NetMQ implementa ipc:// a su manera (no es compatible con libzmq), así que solo aceptamos TCP.
        if (Transport != "tcp")
            throw new ArgumentException(
                $"El fichero de conexión '{path}' pide el transporte '{Transport}', pero este kernel solo admite 'tcp'.",
                nameof(path)
            );
        if (SignatureScheme != "hmac-sha256")
            throw new ArgumentException(
                $"El fichero de conexión '{path}' pide la firma '{SignatureScheme}', pero este kernel solo admite 'hmac-sha256'.",
                nameof(path)
            );
        int[] ports = [ShellPort, IOPubPort, StdinPort, ControlPort, HeartbeatPort];
        if (ports.Any(p => p is <= 0 or > 65535))
            throw new ArgumentException(
                $"El fichero de conexión '{path}' tiene puertos fuera de rango: {string.Join(", ", ports)}.",
                nameof(path)
            );
    }
}
