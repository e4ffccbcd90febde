using LakalaPos.Ecr.Framing;

namespace LakalaPos.Ecr.Tests.Support;

internal static class Wire
{
    public const byte Ack = EcrControl.Ack;
    public const byte Nak = EcrControl.Nak;

    /// <summary>Hex written with spaces, as the hand-made expectations are.</summary>
    public static byte[] Hex(string spaced) => Convert.FromHexString(string.Concat(spaced.Where(char.IsAsciiHexDigit)));

    /// <summary>A frame of the body with its LRC spoiled.</summary>
    public static byte[] WithWrongLrc(string body)
    {
        var frame = EcrFrame.Encode(body);
        frame[^1] ^= 0xFF;
        return frame;
    }
}
