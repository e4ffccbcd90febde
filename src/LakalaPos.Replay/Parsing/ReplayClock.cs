using System.Globalization;

namespace LakalaPos.Replay.Parsing;

/// <summary>
/// The dates a script's clock may show: 2000-01-01 00:00:00 to 2099-12-31 23:59:59, Asia/Shanghai.
/// The terminal and its host write years with two digits (field 13's MMDD with the year implied,
/// the RRN's YYMMDD, card expiry YYMM), which name one century; outside it a script would test
/// nothing real, and far outside it the clock's own arithmetic fails.
/// </summary>
public static class ReplayClock
{
    /// <summary>The terminal's time zone, Asia/Shanghai, which has had no daylight saving since 1991.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, Offset);
    public static readonly DateTimeOffset Latest = new(2099, 12, 31, 23, 59, 59, Offset);

    /// <summary>A local date and time as scripts write it, or null when it lies outside the range.</summary>
    public static DateTimeOffset? InRange(DateTime local) =>
        local >= Earliest.DateTime && local <= Latest.DateTime ? new DateTimeOffset(local, Offset) : null;

    /// <summary>As scripts write it: 2026-11-22 10:00:00, in Asia/Shanghai time.</summary>
    public static string Show(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
