using LakalaPos.Iso8583.Security;

namespace LakalaPos.Iso8583.Cards;

/// <summary>How a test card can be presented.</summary>
[Flags]
public enum CardPresentation
{
    Swipe = 1,
    Insert = 2,
    Tap = 4,
}

/// <summary>
/// One test card of the product's card table: what a card reader finds on it (number, expiry,
/// service code, discretionary data, how it can be read) and what the simulated issuer holds for
/// it (PIN, opening balance or credit limit). ToString shows the masked number only.
/// </summary>
public sealed record TestCardSpec(
    string Name, string Pan, string ExpiryYyMm, string ServiceCode, string DiscretionaryData,
    CardPresentation Presentations, string Pin, long OpeningFen, bool IsCredit)
{
    /// <summary>Track 2 (or its chip equivalent): PAN = YYMM service code discretionary data.</summary>
    public string Track2 => $"{Pan}={ExpiryYyMm}{ServiceCode}{DiscretionaryData}";

    public override string ToString() => $"{Name} {PanMask.Mask(Pan)}";
}

/// <summary>
/// The test cards, one table for the card readers of the emulators and replays and for the host
/// simulator's issuer (docs/host-simulator.md lists them).
/// </summary>
public static class TestCardTable
{
    private const CardPresentation Any = CardPresentation.Swipe | CardPresentation.Insert | CardPresentation.Tap;

    public static readonly TestCardSpec Debit = new("debit", "6222020200112233446", "2912", "220", "10000123", Any, "123456", 10_000_000, IsCredit: false);
    public static readonly TestCardSpec Credit = new("credit", "6258070012345673", "2811", "220", "10000456", Any, "654321", 5_000_000, IsCredit: true);
    public static readonly TestCardSpec Debit2 = new("debit2", "6222020000556677888", "3001", "220", "10000789", Any, "123456", 500_000, IsCredit: false);
    public static readonly TestCardSpec LowBalance = new("lowbal", "6228480011998877663", "2910", "220", "10000321",
        CardPresentation.Swipe | CardPresentation.Insert, "123456", 1_000, IsCredit: false);
    public static readonly TestCardSpec Expired = new("expired", "6217000000000000111", "2401", "101", "10000654",
        CardPresentation.Swipe, "123456", 100_000, IsCredit: false);

    public static IReadOnlyList<TestCardSpec> All { get; } = [Debit, Credit, Debit2, LowBalance, Expired];
}
