namespace LakalaPos.Core.Engine;

/// <summary>
/// Where the engine's device calls run: the calls that may take a while (a printer taking a
/// receipt, asking whether the host can be reached, a device's self-test). The engine never waits
/// for one; each result comes back through its queue as an event (<see cref="DeviceCalls"/>).
/// The composition chooses: a worker thread on a terminal, <see cref="InlineWork"/> where
/// time is virtual (replays, tests), so the result is queued before the next input.
/// </summary>
public interface IBackgroundWork
{
    /// <summary>Runs <paramref name="work"/>, now or later, on any thread; it never throws.</summary>
    void Run(Action work);
}

/// <summary>Runs the work at once on the caller's thread: its result is still an event, queued before anything that follows.</summary>
public sealed class InlineWork : IBackgroundWork
{
    public static readonly InlineWork Instance = new();

    public void Run(Action work) => work();
}
