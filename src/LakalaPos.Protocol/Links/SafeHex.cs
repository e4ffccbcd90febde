using System.Text;
using System.Text.RegularExpressions;
using LakalaPos.Core.Security;

namespace LakalaPos.Protocol.Links;

/// <summary>
/// Hex dumps of bytes that could not be decoded, for the log. Since nothing says where a PAN
/// sits in such bytes, every run of 12 or more decimal hex characters (a BCD PAN or track, or
/// ASCII digits, whose hex is 3x3x...) is masked like a PAN.
/// </summary>
public static partial class SafeHex
{
    public const int MaxBytes = 512;

    public static string Dump(ReadOnlySpan<byte> bytes)
    {
        var shown = bytes.Length > MaxBytes ? bytes[..MaxBytes] : bytes;
        var hex = DigitRun().Replace(Convert.ToHexString(shown), m => PanMask.Mask(m.Value));
        return bytes.Length > MaxBytes ? new StringBuilder(hex).Append($"... ({bytes.Length} bytes)").ToString() : hex;
    }

    [GeneratedRegex("[0-9]{12,}")]
    private static partial Regex DigitRun();
}
