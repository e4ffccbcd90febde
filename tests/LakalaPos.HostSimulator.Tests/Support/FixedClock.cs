namespace LakalaPos.HostSimulator.Tests.Support;

/// <summary>The replay clock: 2026-11-22 10:00:00 in China (UTC+8), moved only by the test.</summary>
public sealed class FixedClock : TimeProvider
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "China", "China");

    public DateTimeOffset LocalNow { get; set; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    public override TimeZoneInfo LocalTimeZone => China;

    public override DateTimeOffset GetUtcNow() => LocalNow.ToUniversalTime();
}
