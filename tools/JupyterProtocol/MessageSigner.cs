using System.Security.Cryptography;
using System.Text;

namespace JupyterProtocol;

/// <summary>
/// Firma HMAC-SHA256 de los mensajes de Jupyter: el resumen, en hexadecimal en minúsculas, de los cuatro marcos
/// header, parent_header, metadata y content concatenados. Con la clave vacía no se firma ni se comprueba nada.
/// </summary>
public sealed class MessageSigner(string key)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(key);

    /// <summary>Si hay clave: si no la hay, la firma es la cadena vacía y cualquier firma vale (así lo dice el protocolo).</summary>
    public bool IsEnabled => _key.Length > 0;

    /// <summary>La firma de los cuatro marcos, en hexadecimal en minúsculas.</summary>
    public string Sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        if (!IsEnabled)
            return "";
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(header);
        hmac.AppendData(parentHeader);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>Si <paramref name="signature"/> es la firma de los cuatro marcos (comparación en tiempo constante).</summary>
    public bool Verify(string signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        if (!IsEnabled)
            return true;
        var expected = Encoding.ASCII.GetBytes(Sign(header, parentHeader, metadata, content));
        var actual = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
