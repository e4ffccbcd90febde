using System.Globalization;
using LakalaPos.Core.Host;

namespace LakalaPos.Protocol.Mapping;

/// <summary>
/// Field 48 of the 0500 and its 0510 answer, 62 digits: a domestic half of 31 — debit total n12 +
/// debit count n3 + credit total n12 + credit count n3 + one verdict digit — then the same 31 for
/// foreign cards, all zeros here. The terminal writes verdict 0; the host answers with the same
/// totals and puts its verdict (1 balanced, 2 unbalanced, 3 error) in the domestic half's last digit.
/// </summary>
public static class SettlementField
{
    public const int HalfLength = 31;
    public const int Length = 2 * HalfLength;

    /// <summary>Index of the verdict digit: the last digit of the domestic half.</summary>
    public const int VerdictIndex = HalfLength - 1;

    private const long MaxFen = 999_999_999_999;
    private const int MaxCount = 999;

    /// <summary>The 0500's field 48 for the terminal's totals; throws <see cref="HostRequestMappingException"/> when a total does not fit.</summary>
    public static string Format(SettlementTotals totals) => Compose(totals, '0');

    /// <summary>The 0510's field 48: the totals as the host counted them, and its verdict.</summary>
    public static string FormatAnswer(SettlementTotals totals, SettlementResult verdict) =>
        Compose(totals, verdict switch
        {
            SettlementResult.Balanced => '1',
            SettlementResult.Unbalanced => '2',
            SettlementResult.Error => '3',
            _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "no such settlement verdict"),
        });

    /// <summary>The domestic totals of a field 48, or null when it is not 62 digits.</summary>
    public static SettlementTotals? ParseTotals(string field48)
    {
        if (!IsWellFormed(field48))
            return null;
        return new SettlementTotals(
            Number(field48, 0, 12), (int)Number(field48, 12, 3),
            Number(field48, 15, 12), (int)Number(field48, 27, 3));
    }

    /// <summary>
    /// The host's verdict in a 0510's field 48; null for digit 0 (no verdict given). Throws
    /// <see cref="FormatException"/> when the field is not 62 digits or the digit is not 0-3.
    /// </summary>
    public static SettlementResult? ParseVerdict(string field48)
    {
        if (!IsWellFormed(field48))
            throw new FormatException($"field 48 has {field48.Length} characters, a settlement block has {Length} digits");
        return field48[VerdictIndex] switch
        {
            '0' => null,
            '1' => SettlementResult.Balanced,
            '2' => SettlementResult.Unbalanced,
            '3' => SettlementResult.Error,
            var other => throw new FormatException($"settlement verdict digit '{other}' is not 1 (balanced), 2 (unbalanced) or 3 (error)"),
        };
    }

    private static string Compose(SettlementTotals totals, char verdict)
    {
        var debit = Fen(totals.DebitFen, "debit total");
        var credit = Fen(totals.CreditFen, "credit total");
        var domestic = string.Create(CultureInfo.InvariantCulture,
            $"{debit:000000000000}{Count(totals.DebitCount, "debit count"):000}{credit:000000000000}{Count(totals.CreditCount, "credit count"):000}{verdict}");
        return domestic + new string('0', HalfLength);
    }

    private static bool IsWellFormed(string field48) => field48.Length == Length && !field48.AsSpan().ContainsAnyExceptInRange('0', '9');

    private static long Number(string text, int start, int length) =>
        long.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    private static long Fen(long fen, string what) => fen is >= 0 and <= MaxFen
        ? fen
        : throw new HostRequestMappingException($"settlement {what} {fen} fen is not between 0 and {MaxFen}");

    private static int Count(int count, string what) => count is >= 0 and <= MaxCount
        ? count
        : throw new HostRequestMappingException($"settlement {what} {count} does not fit 3 digits");
}
