using LakalaPos.Core.Host;

namespace LakalaPos.Core.Engine;

/// <summary>
/// The one way a request goes to the host. <see cref="Send"/> starts the host timer
/// (<see cref="TerminalOptions.HostTimeout"/>) and hands the request to the link; the link's
/// result for that request (the same object, or an equal one) cancels the timer, and the timer
/// coming first abandons the request on the link. Either way the sender is told once: an answer
/// and a time-out in the same instant, a duplicate, a late answer or an answer to another request
/// never settle it again (they are logged and dropped). One request is awaited at a time, by the
/// current activity: leaving it abandons what it still awaits, as it cancels its timers.
/// </summary>
public sealed class HostExchange
{
    private readonly TerminalContext _ctx;
    private readonly IHostLink _link;
    private Awaited? _awaited;

    internal HostExchange(TerminalContext ctx, IHostLink link)
    {
        _ctx = ctx;
        _link = link;
    }

    private sealed record Awaited(HostRequest Request, TimerTicket Timer, TimeSpan Deadline, Action<TerminalContext, ExchangeResult> Then);

    /// <summary>True while a request has been sent and neither its result nor its time-out has come.</summary>
    public bool IsAwaiting => _awaited is not null;

    /// <summary>How long the awaited request has left before the host timer gives up on it; null when none is awaited.</summary>
    public TimeSpan? TimeLeft => _awaited is { } awaited ? (awaited.Deadline > _ctx.Elapsed ? awaited.Deadline - _ctx.Elapsed : TimeSpan.Zero) : null;

    /// <summary>True when a connection to the host can be made now (the refund network check).</summary>
    public bool IsReachable() => _link.IsReachable();

    /// <summary>
    /// Sends <paramref name="request"/>; <paramref name="then"/> is called once, on the engine's
    /// thread, with its result or its time-out — unless the activity is left first.
    /// </summary>
    public void Send(HostRequest request, Action<TerminalContext, ExchangeResult> then)
    {
        if (_awaited is { } busy)
            throw new InvalidOperationException(
                $"{request.Kind} trace {request.Trace:000000} cannot be sent: {busy.Request.Kind} trace {busy.Request.Trace:000000} is still awaited");
        _awaited = new Awaited(request, _ctx.StartTimer("host", _ctx.Options.HostTimeout), _ctx.Elapsed + _ctx.Options.HostTimeout, then);
        _link.Send(request);
    }

    /// <summary>A result from the link: settles the awaited request it belongs to, or is logged and dropped.</summary>
    internal void OnResult(HostLinkResult result, string activity)
    {
        if (_awaited is not { } awaited || !IsFor(awaited.Request, result))
        {
            _ctx.Log.Warning("Host result {Outcome} for {Kind} trace {Trace:000000} not expected in {Activity}; ignored",
                result.Outcome, result.Request.Kind, result.Request.Trace, activity);
            return;
        }
        _awaited = null;
        _ctx.CancelTimer(awaited.Timer);
        awaited.Then(_ctx, ExchangeResult.From(result));
    }

    /// <summary>A timer fired: if it is the awaited request's, the request is abandoned and the sender told. False for any other timer.</summary>
    internal bool OnTimer(TimerTicket ticket)
    {
        if (_awaited is not { } awaited || ticket != awaited.Timer)
            return false;
        _awaited = null;
        _ctx.Log.Information("No answer to {Kind} trace {Trace:000000} within {Seconds:0} s: abandoned",
            awaited.Request.Kind, awaited.Request.Trace, _ctx.Options.HostTimeout.TotalSeconds);
        _link.Abandon(awaited.Request);
        awaited.Then(_ctx, ExchangeResult.NoAnswerInTime(awaited.Request));
        return true;
    }

    /// <summary>
    /// The sender stops waiting for its request (the chip card was taken out): the request is
    /// abandoned on the link, so a late answer is dropped, and the sender is told now, once, that
    /// it was given up (<see cref="ExchangeResult.GivenUp"/>) — it may have reached the host, so
    /// it counts as no answer. Nothing happens when no request is awaited.
    /// </summary>
    public void GiveUp(string why)
    {
        if (_awaited is not { } awaited)
            return;
        _awaited = null;
        _ctx.CancelTimer(awaited.Timer);
        _ctx.Log.Warning("{Kind} trace {Trace:000000} given up before its answer: {Why}", awaited.Request.Kind, awaited.Request.Trace, why);
        _link.Abandon(awaited.Request);
        awaited.Then(_ctx, ExchangeResult.GaveUp(awaited.Request, why));
    }

    /// <summary>The activity that sent the awaited request is left: nobody is told any more, and the link lets the request go.</summary>
    internal void ActivityLeft(string activity)
    {
        if (_awaited is not { } awaited)
            return;
        _awaited = null;
        _ctx.Log.Warning("{Activity} left while {Kind} trace {Trace:000000} was awaited: abandoned", activity, awaited.Request.Kind, awaited.Request.Trace);
        _link.Abandon(awaited.Request);
    }

    /// <summary>Power is gone: the awaited request is forgotten, with no word to the link (no shutdown code runs).</summary>
    internal void PowerLost() => _awaited = null;

    private static bool IsFor(HostRequest awaited, HostLinkResult result) =>
        ReferenceEquals(result.Request, awaited) || result.Request == awaited;
}
