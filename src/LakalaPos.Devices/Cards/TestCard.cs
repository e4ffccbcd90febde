using System.Security.Cryptography;
using System.Text;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Security;

namespace LakalaPos.Devices.Cards;

/// <summary>
/// A test card of spec section 10 as a card reader sees it: its number, expiry, service code and
/// the ways it can be read. ToString shows the masked number only.
/// </summary>
public sealed class TestCard
{
    public const string CardSequenceNumber = "001";

    public TestCard(string name, string pan, string expiryYyMm, string serviceCode, string discretionaryData, params EntryMode[] reads)
    {
        Name = name;
        Pan = pan;
        ExpiryYyMm = expiryYyMm;
        ServiceCode = serviceCode;
        DiscretionaryData = discretionaryData;
        Reads = reads;
    }

    public string Name { get; }
    public string Pan { get; }
    public string ExpiryYyMm { get; }

    /// <summary>Track 2 service code: 2xx for a chip card, 1xx for a magnetic-stripe-only card.</summary>
    public string ServiceCode { get; }

    /// <summary>Track 2 discretionary data after the service code.</summary>
    public string DiscretionaryData { get; }

    /// <summary>How the card can be read: swipe, insert, tap.</summary>
    public IReadOnlyList<EntryMode> Reads { get; }

    public bool HasChip => ServiceCode[0] is '2' or '6';

    public bool Allows(EntryMode mode) => Reads.Contains(mode);

    /// <summary>Track 2 (or its chip equivalent): PAN = YYMM service code discretionary data.</summary>
    public string Track2 => $"{Pan}={ExpiryYyMm}{ServiceCode}{DiscretionaryData}";

    /// <summary>
    /// Reads the card. A chip or contactless read adds the card sequence number and ICC data whose
    /// cryptogram changes with <paramref name="atc"/> (the card's transaction counter), as a real card's does.
    /// </summary>
    public CardData Read(EntryMode mode, int atc = 1)
    {
        if (mode == EntryMode.Manual)
            throw new CardReadException("a card number typed by hand is entered on the keypad, not read by the card reader");
        if (!Allows(mode))
            throw new CardReadException($"test card \"{Name}\" cannot be {Verb(mode)} (it can be {string.Join(", ", Reads.Select(Verb))})");
        ArgumentOutOfRangeException.ThrowIfLessThan(atc, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(atc, ushort.MaxValue);
        if (mode == EntryMode.Swipe)
            return new CardData(Pan, ExpiryYyMm, mode, Track2);
        return new CardData(Pan, ExpiryYyMm, mode, Track2, CardSequenceNumber, IccData(mode, atc));
    }

    public override string ToString() => $"{Name} {PanMask.Mask(Pan)}";

    private byte[] IccData(EntryMode mode, int atc)
    {
        // A stand-in application cryptogram: stable for the same card, mode and counter, so replays repeat.
        var cryptogram = SHA256.HashData(Encoding.ASCII.GetBytes($"{Pan}|{mode}|{atc}"))[..8];
        return Tlv.Concat(
            Tlv.Encode(0x9F26, cryptogram),                                  // application cryptogram
            Tlv.Encode(0x9F27, [0x80]),                                      // cryptogram information: ARQC
            Tlv.Encode(0x9F36, [(byte)(atc >> 8), (byte)atc]),               // application transaction counter
            Tlv.Encode(0x95, [0x00, 0x00, 0x00, 0x00, 0x00]),                // terminal verification results
            Tlv.Encode(0x82, mode == EntryMode.Tap ? [0x20, 0x00] : [0x7C, 0x00]), // application interchange profile
            Tlv.Encode(0x5F34, [0x01]));                                     // PAN sequence number
    }

    private static string Verb(EntryMode mode) => mode switch
    {
        EntryMode.Swipe => "swiped",
        EntryMode.Insert => "inserted",
        EntryMode.Tap => "tapped",
        _ => "keyed in",
    };
}
