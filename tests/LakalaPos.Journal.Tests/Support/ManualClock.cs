namespace LakalaPos.Journal.Tests.Support;

/// <summary>A clock that only moves when a test moves it, in a fixed UTC+8 zone like a terminal in China.</summary>
public sealed class ManualClock : TimeProvider
{
    private static readonly TimeZoneInfo ChinaStandardTime =
        TimeZoneInfo.CreateCustomTimeZone("Test/UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");

    private DateTimeOffset _utcNow;

    public ManualClock(DateTimeOffset start)
    {
        _utcNow = start.ToUniversalTime();
    }

    public override TimeZoneInfo LocalTimeZone => ChinaStandardTime;

    public override DateTimeOffset GetUtcNow() => _utcNow;

    public void Advance(TimeSpan by) => _utcNow += by;
}
