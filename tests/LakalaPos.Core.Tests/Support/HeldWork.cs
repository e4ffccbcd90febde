using LakalaPos.Core.Engine;

namespace LakalaPos.Core.Tests.Support;

/// <summary>Background work that runs nothing until the test lets it: a device call stays under way as long as the test wants.</summary>
internal sealed class HeldWork : IBackgroundWork
{
    private readonly Queue<Action> _held = new();

    public int Held => _held.Count;

    public void Run(Action work) => _held.Enqueue(work);

    /// <summary>Runs the oldest held call (its result is queued for the engine, not yet handled).</summary>
    public void ReleaseOne()
    {
        if (!_held.TryDequeue(out var work))
            throw new InvalidOperationException("no device call is held");
        work();
    }
}
