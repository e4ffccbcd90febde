namespace LakalaPos.Devices.Ports;

/// <summary>
/// Waits between attempts to reopen a port: doubling from the first wait up to a bound, so
/// polling for a missing device stays cheap but never stops, and a flapping device cannot spin.
/// </summary>
internal sealed class ReopenBackoff(TimeSpan first, TimeSpan max)
{
    private readonly TimeSpan _first = first;
    private TimeSpan _next = first;

    /// <summary>The wait before the next attempt; the one after it is twice as long, up to the bound.</summary>
    public TimeSpan NextWait()
    {
        var wait = _next;
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, max.Ticks));
        return wait;
    }

    public void Reset() => _next = _first;

    /// <summary>True for attempt 1, 2, 4, 8, …: a port missing for an hour logs a dozen lines, not thousands.</summary>
    public static bool WorthLogging(int attempt) => attempt > 0 && (attempt & (attempt - 1)) == 0;
}
