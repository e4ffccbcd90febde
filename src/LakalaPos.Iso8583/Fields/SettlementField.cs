using System.Globalization;

namespace LakalaPos.Iso8583.Fields;

/// <summary>One half of a settlement block: debit total and count, credit total and count.</summary>
public readonly record struct SettlementCounts(long DebitFen, int DebitCount, long CreditFen, int CreditCount)
{
    public bool IsZero => DebitFen == 0 && DebitCount == 0 && CreditFen == 0 && CreditCount == 0;
}

/// <summary>The host's verdict digit in the answer's field 48.</summary>
public enum SettlementVerdict
{
    Balanced = 1,
    Unbalanced = 2,
    Error = 3,
}

/// <summary>
/// Field 48 of the 0500 and its 0510 answer, 62 digits: a domestic half of 31 — debit total n12 +
/// debit count n3 + credit total n12 + credit count n3 + one verdict digit — then the same 31 for
/// foreign cards (zeros: this terminal books none). The terminal writes verdict 0; the host
/// answers with the terminal's digits and its verdict (1 balanced, 2 unbalanced, 3 error) in the
/// domestic half's last digit.
/// </summary>
public static class SettlementField
{
    public const int HalfLength = 31;
    public const int Length = 2 * HalfLength;

    /// <summary>Index of the verdict digit: the last digit of the domestic half.</summary>
    public const int VerdictIndex = HalfLength - 1;

    private const long MaxFen = 999_999_999_999;
    private const int MaxCount = 999;

    /// <summary>The 0500's field 48 for the domestic totals; throws <see cref="Iso8583FieldException"/> when a total does not fit.</summary>
    public static string Format(SettlementCounts domestic) => Half(domestic, '0') + new string('0', HalfLength);

    /// <summary>The 0510's field 48: the totals the terminal sent, with the host's verdict.</summary>
    public static string WithVerdict(string field48, SettlementVerdict verdict)
    {
        if (!IsWellFormed(field48))
            throw new Iso8583FieldException($"field 48 has {field48.Length} characters, a settlement block has {Length} digits");
        return string.Concat(field48.AsSpan(0, VerdictIndex), VerdictDigit(verdict).ToString(), field48.AsSpan(VerdictIndex + 1));
    }

    /// <summary>Both halves, or null with <paramref name="problem"/> saying what is wrong.</summary>
    public static (SettlementCounts Domestic, SettlementCounts Foreign)? Parse(string? field48, out string? problem)
    {
        problem = field48 switch
        {
            null => "field 48 is missing",
            { Length: not Length } => $"field 48 has {field48.Length} characters, a settlement block has {Length} digits",
            _ when !IsWellFormed(field48) => "field 48 is not all digits",
            _ => null,
        };
        return problem is null ? (Counts(field48!, 0), Counts(field48!, HalfLength)) : null;
    }

    /// <summary>
    /// The host's verdict in a 0510's field 48; null for digit 0 (no verdict given). Throws
    /// <see cref="Iso8583FieldException"/> when the field is not 62 digits or the digit is not 0-3.
    /// </summary>
    public static SettlementVerdict? ParseVerdict(string field48)
    {
        if (!IsWellFormed(field48))
            throw new Iso8583FieldException($"field 48 has {field48.Length} characters, a settlement block has {Length} digits");
        return field48[VerdictIndex] switch
        {
            '0' => null,
            '1' => SettlementVerdict.Balanced,
            '2' => SettlementVerdict.Unbalanced,
            '3' => SettlementVerdict.Error,
            var other => throw new Iso8583FieldException($"settlement verdict digit '{other}' is not 1 (balanced), 2 (unbalanced) or 3 (error)"),
        };
    }

    private static char VerdictDigit(SettlementVerdict verdict) => verdict switch
    {
        SettlementVerdict.Balanced => '1',
        SettlementVerdict.Unbalanced => '2',
        SettlementVerdict.Error => '3',
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "no such settlement verdict"),
    };

    private static string Half(SettlementCounts counts, char last)
    {
        var debit = Fen(counts.DebitFen, "debit total");
        var credit = Fen(counts.CreditFen, "credit total");
        return string.Create(CultureInfo.InvariantCulture,
            $"{debit:000000000000}{Count(counts.DebitCount, "debit count"):000}{credit:000000000000}{Count(counts.CreditCount, "credit count"):000}{last}");
    }

    private static SettlementCounts Counts(string field48, int start) => new(
        Number(field48, start, 12), (int)Number(field48, start + 12, 3),
        Number(field48, start + 15, 12), (int)Number(field48, start + 27, 3));

    private static bool IsWellFormed(string field48) => field48.Length == Length && !field48.AsSpan().ContainsAnyExceptInRange('0', '9');

    private static long Number(string text, int start, int length) =>
        long.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    private static long Fen(long fen, string what) => fen is >= 0 and <= MaxFen
        ? fen
        : throw new Iso8583FieldException($"settlement {what} {fen} fen is not between 0 and {MaxFen}");

    private static int Count(int count, string what) => count is >= 0 and <= MaxCount
        ? count
        : throw new Iso8583FieldException($"settlement {what} {count} does not fit 3 digits");
}
