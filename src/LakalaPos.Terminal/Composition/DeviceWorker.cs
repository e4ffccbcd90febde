using System.Collections.Concurrent;
using LakalaPos.Core.Engine;

namespace LakalaPos.Terminal.Composition;

/// <summary>
/// The engine's background work on the real clock: one thread that runs device calls one after
/// another (a receipt, a network check, a self-test), in the order they were made, so a slow
/// printer holds only the printer, never the keys or the timers. Closing it lets the call under
/// way finish and drops the rest (power off).
/// </summary>
public sealed class DeviceWorker : IBackgroundWork, IDisposable
{
    private readonly BlockingCollection<Action> _calls = new();
    private readonly Thread _thread;

    public DeviceWorker()
    {
        _thread = new Thread(RunCalls) { IsBackground = true, Name = "device calls" };
        _thread.Start();
    }

    public void Run(Action work)
    {
        try
        {
            _calls.Add(work);
        }
        catch (InvalidOperationException)
        {
            // Closed: the terminal is powering off and nobody will hear the answer.
        }
    }

    public void Dispose()
    {
        _calls.CompleteAdding();
        // A call stuck in a device must not hold power-off for ever.
        _thread.Join(TimeSpan.FromSeconds(2));
    }

    private void RunCalls()
    {
        foreach (var call in _calls.GetConsumingEnumerable())
            call();
    }
}
