using System.Text;

namespace LakalaPos.Ecr.Framing;

/// <summary>
/// A frame on the register link: STX, LEN (four ASCII digits, the body's length in bytes), the
/// body (UTF-8 text), ETX, and LRC — the XOR of every byte from the first LEN digit through ETX.
/// </summary>
public static class EcrFrame
{
    public const int MaxBodyLength = 9999;

    /// <summary>STX, LEN, ETX and LRC: what a frame adds to its body.</summary>
    public const int Overhead = 7;

    /// <summary>The frame of a UTF-8 body; an <see cref="ArgumentException"/> when it is empty or over 9999 bytes.</summary>
    public static byte[] Encode(string body) => Encode(Encoding.UTF8.GetBytes(body));

    public static byte[] Encode(ReadOnlySpan<byte> body)
    {
        if (body.Length is 0 or > MaxBodyLength)
            throw new ArgumentException($"a frame's body must be 1-{MaxBodyLength} bytes, not {body.Length}", nameof(body));
        var frame = new byte[body.Length + Overhead];
        frame[0] = EcrControl.Stx;
        Encoding.ASCII.GetBytes(body.Length.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), frame.AsSpan(1, 4));
        body.CopyTo(frame.AsSpan(5));
        frame[^2] = EcrControl.Etx;
        frame[^1] = Lrc(frame.AsSpan(1, frame.Length - 2));
        return frame;
    }

    /// <summary>The XOR of the bytes given (LEN through ETX of a frame).</summary>
    public static byte Lrc(ReadOnlySpan<byte> bytes)
    {
        byte lrc = 0;
        foreach (var b in bytes)
            lrc ^= b;
        return lrc;
    }
}
