namespace LakalaPos.Devices.Tests.Support;

/// <summary>
/// Time that moves only when a test moves it. Timers made from it are one-shot and fire inside
/// <see cref="Advance"/>, on the test's thread, so a time-out happens exactly when the test says.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<Alarm> _alarms = [];
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_gate)
            return _ticks;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero)
            throw new NotSupportedException("the test clock has one-shot timers only");
        var alarm = new Alarm(this, () => callback(state));
        alarm.Change(dueTime, period);
        return alarm;
    }

    public void Advance(TimeSpan by)
    {
        List<Alarm> ringing;
        lock (_gate)
        {
            _ticks += by.Ticks;
            ringing = _alarms.Where(alarm => alarm.At <= _ticks).ToList();
            _alarms.RemoveAll(ringing.Contains);
        }
        foreach (var alarm in ringing)
            alarm.Ring();
    }

    private sealed class Alarm(TestClock clock, Action ring) : ITimer
    {
        public long At { get; private set; }

        public void Ring() => ring();

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                clock._alarms.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                    return true;
                At = clock._ticks + dueTime.Ticks;
                clock._alarms.Add(this);
                return true;
            }
        }

        public void Dispose() => Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
