namespace LakalaPos.Iso8583.Tests;

internal static class Bytes
{
    /// <summary>Hex written with spaces and line breaks, as the hand-made expectations are.</summary>
    public const string DebitPan = "6222020200112233446";

    public static byte[] Hex(string spaced) => Convert.FromHexString(string.Concat(spaced.Where(char.IsAsciiHexDigit)));
}
