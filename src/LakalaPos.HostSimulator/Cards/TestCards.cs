namespace LakalaPos.HostSimulator.Cards;

/// <summary>The test cards of terminal.md section 10, as the simulated issuer holds them.</summary>
public static class TestCards
{
    public static readonly TestCard Debit = new("debit", "6222020200112233446", "2912", "123456", 10_000_000, IsCredit: false);
    public static readonly TestCard Credit = new("credit", "6258070012345673", "2811", "654321", 5_000_000, IsCredit: true);
    public static readonly TestCard Debit2 = new("debit2", "6222020000556677888", "3001", "123456", 500_000, IsCredit: false);
    public static readonly TestCard LowBalance = new("lowbal", "6228480011998877663", "2910", "123456", 1_000, IsCredit: false);
    public static readonly TestCard Expired = new("expired", "6217000000000000111", "2401", "123456", 100_000, IsCredit: false);

    public static IReadOnlyList<TestCard> All { get; } = [Debit, Credit, Debit2, LowBalance, Expired];
}
