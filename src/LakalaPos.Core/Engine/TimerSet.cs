namespace LakalaPos.Core.Engine;

/// <summary>A pending timer; identity is the object itself, so a cancelled ticket can never fire.</summary>
public sealed class TimerTicket
{
    internal TimerTicket(string name, TimeSpan due, long sequence, bool redrawOnly)
    {
        Name = name;
        Due = due;
        Sequence = sequence;
        RedrawOnly = redrawOnly;
    }

    public string Name { get; }

    /// <summary>
    /// The timer only redraws what shows the time (the idle clock, the host wait's countdown): when
    /// the clock jumps over several of its deadlines, it fires once, at the end, as nothing else depends on it.
    /// </summary>
    public bool RedrawOnly { get; }
    public TimeSpan Due { get; }
    internal long Sequence { get; }
    public override string ToString() => $"{Name}@{Due}";
}

/// <summary>
/// The core's timers as data: deadlines on the injected clock's monotonic time (time since the
/// engine started), so setting the wall clock neither fires nor delays them. The core owns no
/// thread; whoever drives it asks how long to the next deadline and calls back when it has come,
/// which is what makes a virtual clock (replays) and a real one behave the same.
/// </summary>
public sealed class TimerSet
{
    private readonly List<TimerTicket> _pending = new();
    private long _sequence;

    public TimerTicket Start(string name, TimeSpan due, bool redrawOnly = false)
    {
        var ticket = new TimerTicket(name, due, _sequence++, redrawOnly);
        _pending.Add(ticket);
        return ticket;
    }

    public void Cancel(TimerTicket? ticket)
    {
        if (ticket is not null)
            _pending.Remove(ticket);
    }

    public void CancelAll() => _pending.Clear();

    public TimeSpan? NextDue => _pending.Count == 0 ? null : _pending.Min(t => t.Due);

    /// <summary>The next deadline of a timer that does more than redraw, or null when none is pending.</summary>
    public TimeSpan? NextActingDue => _pending.Where(t => !t.RedrawOnly).Select(t => (TimeSpan?)t.Due).Min();

    /// <summary>Removes and returns the timers due at or before <paramref name="now"/>, earliest first.</summary>
    public IReadOnlyList<TimerTicket> TakeDue(TimeSpan now)
    {
        var due = _pending.Where(t => t.Due <= now).OrderBy(t => t.Due).ThenBy(t => t.Sequence).ToList();
        foreach (var t in due)
            _pending.Remove(t);
        return due;
    }
}
