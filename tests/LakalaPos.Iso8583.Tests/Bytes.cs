namespace LakalaPos.Iso8583.Tests;

internal static class Bytes
{
    /// <summary>Hex written with spaces and line breaks, as the hand-made expectations are.</summary>
    public const string DebitPan = "6222020200112233446";

    /// <summary>TPDU, header and MTI of a 0210 answer: the 13 bytes in front of its bitmap.</summary>
    public const string AnswerFront = "60 00 00 00 03  60 31 00 31 00 00  02 10";

    public static byte[] Hex(string spaced) => Convert.FromHexString(string.Concat(spaced.Where(char.IsAsciiHexDigit)));
}
