using LakalaPos.Core.Hardware;

namespace LakalaPos.Devices.Serial.Magstripe;

/// <summary>What one line from a magnetic-stripe reader held.</summary>
public enum MagstripeLineKind
{
    /// <summary>Track 2 read well: a card.</summary>
    Card,

    /// <summary>Only track 1 (cardholder name): not used, ignored.</summary>
    Track1Only,

    /// <summary>Not a readable track 2: the swipe failed.</summary>
    Unreadable,
}

/// <summary>
/// Parses one line of a magnetic-stripe reader: track 2 as ";PAN=YYMMSSS…?" (card number of 12-19
/// digits, expiry, service code, discretionary data; at most 37 characters between the sentinels),
/// optionally preceded by track 1 ("%…?"), which is skipped. The reason given for an unreadable line
/// never holds card data.
/// </summary>
public static class MagstripeLine
{
    public const int MaxTrack2Length = 37;

    public static (MagstripeLineKind Kind, CardData? Card, string? Reason) Parse(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
            if (b is < 0x20 or > 0x7E)
                return Unreadable("a byte that is not a track character");
        var text = System.Text.Encoding.ASCII.GetString(line);
        if (text.StartsWith('%'))
        {
            var end = text.IndexOf('?');
            if (end < 0)
                return Unreadable("track 1 has no end sentinel");
            text = text[(end + 1)..];
            if (text.Length == 0)
                return (MagstripeLineKind.Track1Only, null, null);
        }
        return Track2(text);
    }

    private static (MagstripeLineKind, CardData?, string?) Track2(string text)
    {
        if (!text.StartsWith(';'))
            return Unreadable("no track 2 start sentinel");
        if (!text.EndsWith('?') || text.Length < 2)
            return Unreadable("no track 2 end sentinel");
        var track = text[1..^1];
        if (track.Length > MaxTrack2Length)
            return Unreadable($"track 2 longer than {MaxTrack2Length} characters");
        var separator = track.IndexOf('=');
        if (separator < 0)
            return Unreadable("no field separator");
        var pan = track[..separator];
        var rest = track[(separator + 1)..];
        if (pan.Length is < 12 or > 19 || !pan.All(char.IsAsciiDigit))
            return Unreadable("the card number is not 12 to 19 digits");
        if (rest.Length < 7 || !rest.All(char.IsAsciiDigit))
            return Unreadable("expiry and service code are not 7 digits");
        if (rest[2..4] is not ("01" or "02" or "03" or "04" or "05" or "06" or "07" or "08" or "09" or "10" or "11" or "12"))
            return Unreadable("the expiry month is not 01 to 12");
        return (MagstripeLineKind.Card, new CardData(pan, rest[..4], EntryMode.Swipe, track), null);
    }

    private static (MagstripeLineKind, CardData?, string?) Unreadable(string reason) => (MagstripeLineKind.Unreadable, null, reason);
}
