namespace LakalaPos.Protocol.Iso8583;

/// <summary>Thrown when bytes are not a well-formed message, or a message cannot be encoded; the text says where.</summary>
public sealed class Iso8583FormatException(string message) : Exception(message);

/// <summary>
/// Encodes and decodes TPDU + header + MTI + bitmap + fields (the 2-byte length prefix is the
/// transport's framing, not the codec's). Field formats as in host-protocol.md.
/// </summary>
public static class Iso8583Codec
{
    public static byte[] Encode(Iso8583Message message) => throw new NotImplementedException();

    public static Iso8583Message Decode(ReadOnlySpan<byte> bytes) => throw new NotImplementedException();
}
