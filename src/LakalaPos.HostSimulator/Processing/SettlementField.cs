using System.Globalization;
using LakalaPos.Core.Host;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// Field 48 of a settlement (0500 / 0510), 62 digits: a domestic half — debit amount n12, debit
/// count n3, credit amount n12, credit count n3, one digit (0 from the terminal, the verdict in
/// the answer) — then the same 31 digits for foreign cards (zeros: the host books none).
/// </summary>
internal static class SettlementField
{
    public const int Length = 62;
    private const int HalfLength = 31;
    private const int VerdictIndex = HalfLength - 1;

    /// <summary>The two halves' totals; null, with <paramref name="problem"/> naming what is wrong, for anything but 62 digits.</summary>
    public static (SettlementTotals Domestic, SettlementTotals Foreign)? Parse(string? digits, out string? problem)
    {
        problem = digits switch
        {
            null => "field 48 is missing",
            { Length: not Length } => $"field 48 has {digits.Length} digits, a settlement's has {Length}",
            _ when !digits.All(char.IsAsciiDigit) => "field 48 is not all digits",
            _ => null,
        };
        return problem is null ? (Half(digits!, 0), Half(digits!, HalfLength)) : null;
    }

    /// <summary>The terminal's digits with the domestic half's last digit set to the verdict.</summary>
    public static string WithVerdict(string digits, SettlementResult verdict) =>
        string.Concat(digits.AsSpan(0, VerdictIndex), ((int)verdict).ToString(CultureInfo.InvariantCulture), digits.AsSpan(VerdictIndex + 1));

    /// <summary>What a terminal sends: the domestic totals, a 0, and a foreign half of zeros.</summary>
    public static string Format(SettlementTotals domestic) =>
        FormattableString.Invariant($"{domestic.DebitFen:D12}{domestic.DebitCount:D3}{domestic.CreditFen:D12}{domestic.CreditCount:D3}0")
        + new string('0', HalfLength);

    public static bool IsZero(SettlementTotals totals) => totals == new SettlementTotals(0, 0, 0, 0);

    private static SettlementTotals Half(string digits, int start) => new(
        Number(digits, start, 12), (int)Number(digits, start + 12, 3),
        Number(digits, start + 15, 12), (int)Number(digits, start + 27, 3));

    private static long Number(string digits, int start, int length) =>
        long.Parse(digits.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}
