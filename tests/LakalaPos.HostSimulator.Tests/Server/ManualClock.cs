namespace LakalaPos.HostSimulator.Tests.Server;

/// <summary>
/// A clock that moves only when the test says: timers made from it (time-out token sources,
/// Task.Delay) fire in <see cref="Advance"/>, on the test's thread. Thread-safe.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _armed = [];
    private DateTimeOffset _now = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_gate) return _now.UtcTicks;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>True while a timer is armed to fire exactly <paramref name="after"/> from now (the code under test is waiting on it).</summary>
    public bool HasTimerDueIn(TimeSpan after)
    {
        lock (_gate) return _armed.Any(t => t.Due == _now + after);
    }

    /// <summary>Moves the clock on and fires every timer that has come due.</summary>
    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _armed.Where(t => t.Due <= _now).ToList();
            foreach (var timer in due)
                _armed.Remove(timer);
        }
        foreach (var timer in due)
            timer.Fire();
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero)
                throw new NotSupportedException("the manual clock has one-shot timers only");
            lock (clock._gate)
            {
                clock._armed.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                    return true;
                Due = clock._now + dueTime;
                clock._armed.Add(this);
            }
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._gate)
                clock._armed.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
