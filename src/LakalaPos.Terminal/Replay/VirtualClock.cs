namespace LakalaPos.Terminal.Replay;

/// <summary>A clock that moves only when told: replays run on it, so they never sleep and always give the same result.</summary>
/// <remarks>
/// Two clocks, as on hardware: the wall clock (<see cref="SetWallClock"/> sets it, like 系统管理 or
/// a script's <c>clock</c>) and monotonic time, which only <see cref="Advance"/> moves and timers run on.
/// </remarks>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();
    private long _ticks;

    public override DateTimeOffset GetUtcNow() => _now;

    public override long GetTimestamp() => _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override TimeZoneInfo LocalTimeZone => Core.Engine.TerminalOptions.ChinaStandardTime;

    /// <summary>Time passes: both clocks move.</summary>
    public void Advance(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "time does not run backwards");
        _now += duration;
        _ticks += duration.Ticks;
    }

    /// <summary>The wall clock is set; time does not pass, so no timer fires.</summary>
    public void SetWallClock(DateTimeOffset instant) => _now = instant.ToUniversalTime();
}
