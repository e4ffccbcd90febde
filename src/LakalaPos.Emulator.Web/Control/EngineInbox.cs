using System.Collections.Concurrent;

namespace LakalaPos.Emulator.Web.Control;

/// <summary>
/// Input from the pages, handed to the thread that drives the engine: devices are touched only
/// there. A page's request posts its input and waits for the outcome; the engine's loop applies
/// everything posted (<see cref="RunPending"/>) each time it wakes.
/// </summary>
public sealed class EngineInbox(Action wake)
{
    private static readonly InputResult Off = InputResult.Unavailable("the terminal is off");

    private readonly ConcurrentQueue<(Func<InputResult> Apply, TaskCompletionSource<InputResult> Done)> _pending = new();
    private volatile bool _closed;

    /// <summary>Queues an input for the engine's thread and wakes it; the task ends with the input's outcome.</summary>
    public Task<InputResult> Post(Func<InputResult> apply)
    {
        if (_closed)
            return Task.FromResult(Off);
        var done = new TaskCompletionSource<InputResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending.Enqueue((apply, done));
        wake();
        if (_closed)
            Close();
        return done.Task;
    }

    /// <summary>On the engine's thread: applies every input posted, oldest first. An input that throws is refused with why; it never stops the loop.</summary>
    public void RunPending()
    {
        while (_pending.TryDequeue(out var item))
        {
            try
            {
                item.Done.TrySetResult(item.Apply());
            }
            catch (Exception ex)
            {
                item.Done.TrySetResult(InputResult.Unavailable($"the terminal could not take it: {ex.Message}"));
            }
        }
    }

    /// <summary>The loop has stopped: whatever is still posted, and anything posted later, gets "the terminal is off".</summary>
    public void Close()
    {
        _closed = true;
        while (_pending.TryDequeue(out var item))
            item.Done.TrySetResult(Off);
    }
}
