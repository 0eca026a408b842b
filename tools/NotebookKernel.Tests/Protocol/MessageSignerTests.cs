using System.Text;
using JupyterProtocol;

namespace NotebookKernel.Tests.Protocol;

public class MessageSignerTests
{
    private static readonly byte[] Header = """{"msg_id":"a1","msg_type":"execute_request"}"""u8.ToArray();
    private static readonly byte[] Empty = "{}"u8.ToArray();
    private static readonly byte[] Content = """{"code":"1+1"}"""u8.ToArray();

    // Calculado con Python: hmac.new(b"clave-secreta", digestmod=hashlib.sha256) sobre los cuatro marcos.
    private const string PythonSignature = "0e5336085f8d64d51826770e128dae0b1d4a2218b07e317044295b3114a8f250";

    [Fact]
    public void Sign_matches_python_hmac()
    {
        var signer = new MessageSigner("clave-secreta");

        Assert.Equal(PythonSignature, signer.Sign(Header, Empty, Empty, Content));
    }

    [Fact]
    public void Verify_accepts_the_right_signature_in_any_case()
    {
        var signer = new MessageSigner("clave-secreta");

        Assert.True(signer.Verify(PythonSignature, Header, Empty, Empty, Content));
        Assert.True(signer.Verify(PythonSignature.ToUpperInvariant(), Header, Empty, Empty, Content));
    }

    [Fact]
    public void Verify_rejects_a_changed_frame_or_another_key()
    {
        var tampered = Encoding.UTF8.GetBytes("""{"code":"1+2"}""");

        Assert.False(new MessageSigner("clave-secreta").Verify(PythonSignature, Header, Empty, Empty, tampered));
        Assert.False(new MessageSigner("otra-clave").Verify(PythonSignature, Header, Empty, Empty, Content));
        Assert.False(new MessageSigner("clave-secreta").Verify("", Header, Empty, Empty, Content));
    }

    [Fact]
    public void Without_key_nothing_is_signed_or_checked()
    {
        var signer = new MessageSigner("");

        Assert.False(signer.IsEnabled);
        Assert.Equal("", signer.Sign(Header, Empty, Empty, Content));
        Assert.True(signer.Verify("cualquier-cosa", Header, Empty, Empty, Content));
    }
}
