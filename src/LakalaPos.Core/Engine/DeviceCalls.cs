using System.Collections.Concurrent;

namespace LakalaPos.Core.Engine;

/// <summary>What a device call came to: its value, or the exception it ended with.</summary>
public readonly record struct CallResult<T>(T? Value, Exception? Fault)
{
    public bool Failed => Fault is not null;
}

/// <summary>
/// The one way the engine calls a device that may block: the call runs on the background work
/// (<see cref="IBackgroundWork"/>), its result is posted to the input queue, and the continuation
/// runs on the engine's thread like any other event — only if the activity that made the call is
/// still the current one (leaving an activity forgets what it still awaits, as it does its timers).
/// A call that throws is a result with a fault, never an exception in the engine.
/// </summary>
public sealed class DeviceCalls
{
    private readonly TerminalEngine _engine;
    private readonly IBackgroundWork _work;
    private readonly ConcurrentDictionary<long, Pending> _pending = new();
    private long _lastId;

    internal DeviceCalls(TerminalEngine engine, IBackgroundWork work)
    {
        _engine = engine;
        _work = work;
    }

    private sealed record Pending(string What, Activity? Owner, Action<TerminalContext, object?, Exception?> Then);

    /// <summary>How many calls have been made and not yet answered.</summary>
    public int InFlight => _pending.Count;

    /// <summary>
    /// Calls <paramref name="call"/> away from the engine; <paramref name="then"/> is told its result
    /// on the engine's thread, unless the current activity is left first.
    /// </summary>
    /// <param name="what">What the call is, for the log ("printer: receipt copy 1").</param>
    public void Run<T>(string what, Func<T> call, Action<TerminalContext, CallResult<T>> then) =>
        Start(what, call, _engine.Current, then);

    /// <summary>As <see cref="Run{T}"/>, but <paramref name="then"/> is told whichever activity is current by then.</summary>
    internal void RunForAnyActivity<T>(string what, Func<T> call, Action<TerminalContext, CallResult<T>> then) =>
        Start(what, call, null, then);

    private void Start<T>(string what, Func<T> call, Activity? owner, Action<TerminalContext, CallResult<T>> then)
    {
        var id = Interlocked.Increment(ref _lastId);
        _pending[id] = new Pending(what, owner, (ctx, value, fault) => then(ctx, new CallResult<T>(value is T t ? t : default, fault)));
        var queue = _engine.Queue;
        _work.Run(() =>
        {
            object? value = null;
            Exception? fault = null;
            try
            {
                value = call();
            }
            catch (Exception ex)
            {
                fault = ex;
            }
            queue.Post(new TerminalEvent.DeviceCallDone(id, value, fault));
        });
    }

    /// <summary>A call's result from the queue: its continuation runs if its activity is still current; else it is logged and dropped.</summary>
    internal void OnDone(TerminalEvent.DeviceCallDone done, TerminalContext ctx, Activity? current)
    {
        if (!_pending.TryRemove(done.Id, out var pending))
        {
            ctx.Log.Warning("Device call {Id} answered but not awaited (power cycled meanwhile?); ignored", done.Id);
            return;
        }
        if (done.Fault is { } fault)
            ctx.Log.Error("Device call failed: {What}: {Error} ({Type})", pending.What, fault.Message, fault.GetType().Name);
        if (pending.Owner is not null && !ReferenceEquals(pending.Owner, current))
        {
            ctx.Log.Information("Device call answered after {Activity} was left: {What}; nobody waits for it", pending.Owner.Name, pending.What);
            return;
        }
        pending.Then(ctx, done.Value, done.Fault);
    }

    /// <summary>Power is gone: nothing awaited is told anything any more.</summary>
    internal void PowerLost() => _pending.Clear();
}
