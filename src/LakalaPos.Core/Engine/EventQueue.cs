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

    public bool IsEmpty => _events.IsEmpty;

    /// <summary>Waits up to <paramref name="timeout"/> for an event to be posted (real-time drivers only).</summary>
    public bool WaitForEvent(TimeSpan timeout, CancellationToken cancel) =>
        !_events.IsEmpty || _signal.Wait(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, cancel);
}
