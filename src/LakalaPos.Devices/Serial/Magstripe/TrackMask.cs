using System.Text;

namespace LakalaPos.Devices.Serial.Magstripe;

/// <summary>
/// A line from a card reader as it may be logged: its shape without its data. The first six
/// digits (the issuer) stay; every other digit and every letter (track 1 holds the cardholder's
/// name) becomes '*', other bytes '.'; sentinels and separators stay. At most 64 characters.
/// </summary>
public static class TrackMask
{
    private const int MaxShown = 64;
    private const int DigitsShown = 6;

    public static string Mask(ReadOnlySpan<byte> line)
    {
        var masked = new StringBuilder();
        var digits = 0;
        foreach (var b in line[..Math.Min(line.Length, MaxShown)])
        {
            masked.Append(b switch
            {
                >= (byte)'0' and <= (byte)'9' => ++digits <= DigitsShown ? (char)b : '*',
                (byte)'%' or (byte)';' or (byte)'=' or (byte)'^' or (byte)'?' or (byte)' ' => (char)b,
                >= 0x21 and <= 0x7E => '*',
                _ => '.',
            });
        }
        if (line.Length > MaxShown)
            masked.Append($"…({line.Length} bytes)");
        return masked.ToString();
    }
}
