namespace LakalaPos.Iso8583.Framing;

/// <summary>A frame length that cannot be right: the stream is out of step and the connection must close.</summary>
public sealed class FramingException(string message) : Exception(message);

/// <summary>The TCP framing: each body preceded by its length, 2 bytes big-endian.</summary>
public static class LengthPrefix
{
    public const int PrefixLength = 2;
    public const int LargestBody = ushort.MaxValue;

    public static byte[] Frame(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
            throw new FramingException("cannot frame an empty body");
        if (body.Length > LargestBody)
            throw new FramingException($"a body of {body.Length} bytes does not fit a 2-byte length (at most {LargestBody})");
        var frame = new byte[PrefixLength + body.Length];
        frame[0] = (byte)(body.Length >> 8);
        frame[1] = (byte)body.Length;
        body.CopyTo(frame.AsSpan(PrefixLength));
        return frame;
    }
}
