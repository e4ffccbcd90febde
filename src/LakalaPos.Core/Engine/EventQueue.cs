using System.Collections.Concurrent;

namespace LakalaPos.Core.Engine;

/// <summary>
/// The one input queue. Devices and links post from any thread; only the engine takes,
/// on the thread that drives it. A waiter can block until something arrives.
/// </summary>
public sealed class EventQueue
{
    private readonly ConcurrentQueue<TerminalEvent> _events = new();
    private readonly SemaphoreSlim _signal = new(0);

    public void Post(TerminalEvent evt)
    {
        _events.Enqueue(evt);
        _signal.Release();
    }

    public bool TryTake(out TerminalEvent evt)
    {
        if (_events.TryDequeue(out evt!))
            return true;
        return false;
    }

    /// <summary>Wakes a waiter without an event (a real-time driver has input of its own to apply).</summary>
    public void Wake() => _signal.Release();

    /// <summary>
    /// Waits up to <paramref name="timeout"/> (<see cref="Timeout.InfiniteTimeSpan"/>: no limit) for
    /// an event or a wake (real-time drivers only). A wake may be spurious; the caller just looks again.
    /// </summary>
    public bool WaitForEvent(TimeSpan timeout, CancellationToken cancel) =>
        !_events.IsEmpty || _signal.Wait(timeout == Timeout.InfiniteTimeSpan || timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero, cancel);
}
