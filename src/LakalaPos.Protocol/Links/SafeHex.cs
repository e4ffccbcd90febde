using System.Text;
using System.Text.RegularExpressions;

namespace LakalaPos.Protocol.Links;

/// <summary>
/// Hex dumps of bytes that could not be decoded, for the log. Nothing says where a PAN or track
/// sits in such bytes, so every run of 12 or more hex characters that could be packed digits or
/// track data (0-9 and D, the separator) — or ASCII digits, whose hex is 3x3x... — keeps only its
/// first 6 characters; a track's run starts at or before its PAN, so at most the BIN shows.
/// </summary>
public static partial class SafeHex
{
    public const int MaxBytes = 512;
    private const int KeptPrefix = 6;

    public static string Dump(ReadOnlySpan<byte> bytes)
    {
        var shown = bytes.Length > MaxBytes ? bytes[..MaxBytes] : bytes;
        var hex = DigitRun().Replace(Convert.ToHexString(shown), m => m.Value[..KeptPrefix] + new string('*', m.Length - KeptPrefix));
        return bytes.Length > MaxBytes ? new StringBuilder(hex).Append($"... ({bytes.Length} bytes)").ToString() : hex;
    }

    [GeneratedRegex("[0-9D]{12,}")]
    private static partial Regex DigitRun();
}
