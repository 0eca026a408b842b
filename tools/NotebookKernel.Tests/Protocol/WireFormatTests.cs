using System.Text;
using System.Text.Json.Nodes;
using JupyterProtocol;

namespace NotebookKernel.Tests.Protocol;

public class WireFormatTests
{
    private static readonly MessageSigner Signer = new("clave-secreta");

    // Marcos escritos por jupyter_client.session.Session(key=b"clave-secreta").serialize(msg, ident=[b"cliente-1"]).
    private static List<byte[]> PythonFrames() =>
        [
            "cliente-1"u8.ToArray(),
            "<IDS|MSG>"u8.ToArray(),
            "e261c461ef02baad9574e7aba0b533955f8cd57361c899517225e925ca5aaed5"u8.ToArray(),
            """{"msg_id": "m-1", "msg_type": "execute_request", "username": "ana", "session": "sesion-python", "date": "2024-01-02T03:04:05.000006Z", "version": "5.3"}"""u8.ToArray(),
            "{}"u8.ToArray(),
            "{}"u8.ToArray(),
            Encoding.UTF8.GetBytes("""{"code": "Console.WriteLine(\"¡hola!\")", "silent": false}"""),
        ];

    [Fact]
    public void Decode_reads_a_message_serialized_by_jupyter_client()
    {
        var message = WireFormat.Decode(PythonFrames(), Signer);

        Assert.Equal("cliente-1", Encoding.UTF8.GetString(Assert.Single(message.Identities)));
        Assert.Equal("execute_request", message.MessageType);
        Assert.Equal("m-1", message.MessageId);
        Assert.Equal("Console.WriteLine(\"¡hola!\")", message.Content["code"]!.GetValue<string>());
        Assert.False(message.Content["silent"]!.GetValue<bool>());
        Assert.Empty(message.Buffers);
    }

    [Fact]
    public void Encode_then_decode_keeps_every_part()
    {
        var parent = WireFormat.Decode(PythonFrames(), Signer);
        var reply = JupyterMessage.Create(
            "execute_reply",
            new JsonObject { ["status"] = "ok", ["texto"] = "ñandú 😀" },
            parent,
            "sesion-kernel"
        ) with
        {
            Buffers =
            [
                [1, 2, 3],
            ],
        };

        var frames = WireFormat.Encode(reply, Signer);
        var decoded = WireFormat.Decode(frames, Signer);

        Assert.Equal(parent.Identities, decoded.Identities);
        Assert.Equal("execute_reply", decoded.MessageType);
        Assert.Equal(JupyterMessage.ProtocolVersion, decoded.Header["version"]!.GetValue<string>());
        Assert.Equal("m-1", decoded.ParentHeader["msg_id"]!.GetValue<string>());
        Assert.Equal("sesion-python", decoded.ParentHeader["session"]!.GetValue<string>());
        Assert.Equal("ñandú 😀", decoded.Content["texto"]!.GetValue<string>());
        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.Single(decoded.Buffers));
    }

    [Fact]
    public void Encode_signs_exactly_the_frames_it_sends()
    {
        var frames = WireFormat.Encode(
            JupyterMessage.Create("status", new JsonObject { ["execution_state"] = "idle" }, null, "s"),
            Signer
        );

        Assert.Equal(WireFormat.Delimiter, frames[0]);
        var expected = Signer.Sign(frames[2], frames[3], frames[4], frames[5]);
        Assert.Equal(expected, Encoding.ASCII.GetString(frames[1]));
    }

    [Fact]
    public void Decode_rejects_a_bad_signature()
    {
        var frames = PythonFrames();
        frames[6] = Encoding.UTF8.GetBytes("""{"code": "File.Delete(\"/\")", "silent": false}""");

        var error = Assert.Throws<RejectedMessageException>(() => WireFormat.Decode(frames, Signer));
        Assert.Contains("firma", error.Message);
    }

    [Fact]
    public void Decode_rejects_frames_without_delimiter()
    {
        var frames = PythonFrames();
        frames.RemoveAt(1);

        var error = Assert.Throws<RejectedMessageException>(() => WireFormat.Decode(frames, Signer));
        Assert.Contains("<IDS|MSG>", error.Message);
    }

    [Fact]
    public void Decode_rejects_missing_frames()
    {
        var frames = PythonFrames().Take(5).ToList();

        var error = Assert.Throws<RejectedMessageException>(() => WireFormat.Decode(frames, Signer));
        Assert.Contains("hay 3", error.Message);
    }

    [Fact]
    public void Decode_rejects_content_that_is_not_a_json_object()
    {
        var unsigned = new MessageSigner("");
        List<byte[]> frames =
        [
            WireFormat.Delimiter,
            [],
            """{"msg_type":"execute_request"}"""u8.ToArray(),
            "{}"u8.ToArray(),
            "{}"u8.ToArray(),
            "[1,2"u8.ToArray(),
        ];

        var error = Assert.Throws<RejectedMessageException>(() => WireFormat.Decode(frames, unsigned));
        Assert.Contains("content", error.Message);
    }

    [Fact]
    public void Decode_rejects_a_header_without_message_type()
    {
        var unsigned = new MessageSigner("");
        List<byte[]> frames =
        [
            WireFormat.Delimiter,
            [],
            """{"msg_id":"x"}"""u8.ToArray(),
            "{}"u8.ToArray(),
            "{}"u8.ToArray(),
            "{}"u8.ToArray(),
        ];

        var error = Assert.Throws<RejectedMessageException>(() => WireFormat.Decode(frames, unsigned));
        Assert.Contains("msg_type", error.Message);
    }
}
