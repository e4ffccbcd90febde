using LakalaPos.Core.Security;
using LakalaPos.Protocol.Iso8583;
using LakalaPos.Protocol.Mapping;

namespace LakalaPos.HostSimulator.Wire;

/// <summary>
/// A body as hex for the log, with card data hidden. For a decoded message the exact fields are
/// masked: the PAN (field 2) to its first 6 and last 4 digits, track data (35, 36) to the masked
/// PAN and stars, PIN block (52), IC data (55) and keys (62) to stars, the card numbers of a
/// batch upload's field 48 masked like field 2 by the protocol's <see cref="BatchUploadField.Masked"/>
/// (all stars when it does not parse). Bytes that did not decode go
/// through the protocol library's SafeHex instead; it cannot be used here, as it hides only digit
/// runs and would let a PIN block, IC data or keys (binary, mostly not digits) through.
/// </summary>
internal static class SensitiveHex
{
    private static readonly int[] Tracks = [35, 36];
    private static readonly int[] SecretBinaries = [52, 55, 62];

    public static string Render(ReadOnlySpan<byte> body, Iso8583Message message)
    {
        var hex = Convert.ToHexString(body);
        // Tracks first: they contain the PAN, which would no longer match once masked.
        foreach (var field in Tracks)
        {
            if (message.GetText(field) is { Length: > 0 } track)
            {
                var asHex = track.Replace('=', 'D').ToUpperInvariant();
                var separator = asHex.IndexOf('D');
                var masked = separator > 0
                    ? PanMask.Mask(asHex[..separator]) + new string('*', asHex.Length - separator)
                    : new string('*', asHex.Length);
                hex = hex.Replace(asHex, masked, StringComparison.Ordinal);
            }
        }
        if (message.GetText(2) is { Length: > 0 } pan)
            hex = hex.Replace(pan, PanMask.Mask(pan), StringComparison.Ordinal);
        // A batch upload lists card numbers in field 48 (packed digits, so its hex is its text).
        if (message.Mti == "0320" && message.GetText(48) is { Length: > 2 } upload)
            hex = hex.Replace(upload, BatchUploadField.Masked(upload), StringComparison.Ordinal);
        foreach (var field in SecretBinaries)
        {
            if (message.GetBinary(field) is { Length: > 0 } secret)
            {
                var asHex = Convert.ToHexString(secret);
                hex = hex.Replace(asHex, new string('*', asHex.Length), StringComparison.Ordinal);
            }
        }
        return hex;
    }
}
