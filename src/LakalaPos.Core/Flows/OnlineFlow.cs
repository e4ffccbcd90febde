using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;

namespace LakalaPos.Core.Flows;

/// <summary>
/// What every flow that ends in one online request shares (sale, void, refund, balance inquiry):
/// steps in spec order with the prompt rules while prompting, the online gate before the request,
/// no CANCEL or prompt time-out while the host is asked, and the answer or the host time-out
/// deciding where the flow goes.
/// </summary>
public abstract class OnlineFlow<TStep> : PromptActivity where TStep : struct, Enum
{
    protected TStep CurrentStep { get; private set; }

    /// <summary>The request in flight, once sent.</summary>
    protected OnlineRequest? Online { get; set; }

    /// <summary>The flow's name in logs ("Sale").</summary>
    protected abstract string FlowName { get; }

    /// <summary>The step during which the host is asked.</summary>
    protected abstract TStep OnlineStep { get; }

    public sealed override string Name => $"{FlowName}/{CurrentStep}";

    protected override bool CanAbandon => !EqualityComparer<TStep>.Default.Equals(CurrentStep, OnlineStep);

    protected abstract void Render(TerminalContext ctx);

    /// <summary>Moves to a step: logged, shown, and the prompt time-out (re)started unless the host is asked.</summary>
    protected void GoTo(TerminalContext ctx, TStep step)
    {
        CurrentStep = step;
        ctx.LogStep(FlowName, step.ToString());
        if (EqualityComparer<TStep>.Default.Equals(step, OnlineStep))
            StopPromptTimer(ctx);
        else
            RestartPromptTimer(ctx);
        Render(ctx);
    }

    /// <summary>Goes to the online step and sends through the gate (a requested sign-in and due reversals first).</summary>
    protected void GoOnline(TerminalContext ctx, Action<TerminalContext> send)
    {
        GoTo(ctx, OnlineStep);
        OnlineGate.Send(ctx, this, c =>
        {
            Render(c);
            send(c);
        });
    }

    public sealed override void OnHost(TerminalContext ctx, HostLinkResult result)
    {
        if (Online is null || !Online.Owns(result))
        {
            base.OnHost(ctx, result);
            return;
        }
        if (Answered(ctx, result) is { } next)
            ctx.Go(next);
    }

    /// <summary>Where the answer takes the flow; null to stay (the flow moved to a step of its own).</summary>
    protected virtual Activity? Answered(TerminalContext ctx, HostLinkResult result) => Online!.Complete(ctx, result);

    protected sealed override void OnFlowTimer(TerminalContext ctx, TimerTicket ticket)
    {
        if (Online is not null && Online.IsTimeout(ticket))
            ctx.Go(Online.TimedOut(ctx));
    }
}
