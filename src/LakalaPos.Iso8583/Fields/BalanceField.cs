using System.Globalization;

namespace LakalaPos.Iso8583.Fields;

/// <summary>
/// Field 54 as UnionPay balance blocks write it, 20 characters: account type (2, "00") +
/// amount type (2, "02" available balance) + currency (3, "156") + sign (C credit/positive,
/// D debit/negative) + amount in fen (12).
/// </summary>
public static class BalanceField
{
    public const int Length = 20;

    public static string Format(long fen)
    {
        var magnitude = Math.Abs(fen);
        if (magnitude > 999_999_999_999)
            throw new ArgumentOutOfRangeException(nameof(fen), "a balance has at most 12 digits of fen");
        return string.Create(CultureInfo.InvariantCulture, $"0002156{(fen < 0 ? 'D' : 'C')}{magnitude:000000000000}");
    }

    /// <summary>The amount in fen, or null when the text is not a balance block.</summary>
    public static long? Parse(string field54)
    {
        if (field54.Length != Length || field54[7] is not ('C' or 'D'))
            return null;
        if (field54.AsSpan(0, 7).ContainsAnyExceptInRange('0', '9') || field54.AsSpan(8).ContainsAnyExceptInRange('0', '9'))
            return null;
        var amount = long.Parse(field54.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture);
        return field54[7] == 'D' ? -amount : amount;
    }
}
