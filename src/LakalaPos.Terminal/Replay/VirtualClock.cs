namespace LakalaPos.Terminal.Replay;

/// <summary>A clock that moves only when told: replays run on it, so they never sleep and always give the same result.</summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => Core.Engine.TerminalOptions.ChinaStandardTime;

    public void Set(DateTimeOffset instant)
    {
        _now = instant.ToUniversalTime();
    }
}
