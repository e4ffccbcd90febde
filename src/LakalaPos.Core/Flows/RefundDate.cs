using System.Globalization;

namespace LakalaPos.Core.Flows;

/// <summary>
/// 原交易日期 as typed (MMDD): a real calendar date, not in the future. The year is not typed: it is
/// this year's date, except that a date more than six months ahead can only be last year's (a
/// December sale refunded in January); a date up to six months ahead is a typing slip and refused.
/// </summary>
public static class RefundDate
{
    public static DateOnly? Parse(string mmdd, DateOnly today)
    {
        if (mmdd.Length != 4 || !mmdd.All(char.IsAsciiDigit))
            return null;
        var month = int.Parse(mmdd.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(mmdd.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var date = TryDate(today.Year, month, day);
        if (date is null)
            return null;
        if (date <= today)
            return date;
        if (date.Value > today.AddMonths(6))
            return TryDate(today.Year - 1, month, day);
        return null;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
