using LakalaPos.Core.Security;

namespace LakalaPos.Core.Hardware;

/// <summary>How the card was read: the letter printed on receipts and the first two digits of field 22.</summary>
public enum EntryMode
{
    Swipe,
    Insert,
    Tap,
    Manual,
}

public static class EntryModeExtensions
{
    /// <summary>Receipt letter: S swipe, I insert, C contactless, M manual (spec section 8).</summary>
    public static char ReceiptLetter(this EntryMode mode) => mode switch
    {
        EntryMode.Swipe => 'S',
        EntryMode.Insert => 'I',
        EntryMode.Tap => 'C',
        _ => 'M',
    };

    /// <summary>Field 22 positions 1-2: 02 swipe, 05 IC, 07 contactless, 01 manual.</summary>
    public static string Field22Prefix(this EntryMode mode) => mode switch
    {
        EntryMode.Swipe => "02",
        EntryMode.Insert => "05",
        EntryMode.Tap => "07",
        _ => "01",
    };
}

/// <summary>
/// What a card reader read from a card. It holds the full PAN and track data, so its
/// <see cref="ToString"/> is masked: it may be logged by accident, never leak by it.
/// </summary>
public sealed class CardData
{
    public CardData(string pan, string expiryYyMm, EntryMode entryMode, string? track2 = null, string? cardSequence = null, byte[]? iccData = null)
    {
        if (pan.Length is < 12 or > 19 || !pan.All(char.IsAsciiDigit))
            throw new ArgumentException("a PAN has 12 to 19 digits", nameof(pan));
        if (expiryYyMm.Length != 4 || !expiryYyMm.All(char.IsAsciiDigit))
            throw new ArgumentException("expiry is YYMM", nameof(expiryYyMm));
        Pan = pan;
        ExpiryYyMm = expiryYyMm;
        EntryMode = entryMode;
        Track2 = track2;
        CardSequence = cardSequence;
        IccData = iccData;
    }

    public string Pan { get; }
    public string ExpiryYyMm { get; }
    public EntryMode EntryMode { get; }

    /// <summary>Track 2 equivalent data, '=' as separator; null for a manual entry.</summary>
    public string? Track2 { get; }

    /// <summary>Card sequence number (field 23) for chip cards.</summary>
    public string? CardSequence { get; }

    /// <summary>ICC data (field 55) for chip and contactless reads.</summary>
    public byte[]? IccData { get; }

    public string MaskedPan => PanMask.Mask(Pan);

    public override string ToString() => $"{MaskedPan} {EntryMode}";
}
