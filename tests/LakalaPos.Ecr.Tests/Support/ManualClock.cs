namespace LakalaPos.Ecr.Tests.Support;

/// <summary>Time that moves only when the test moves it (the link reads timestamps only; it makes no timers).</summary>
public sealed class ManualClock : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
