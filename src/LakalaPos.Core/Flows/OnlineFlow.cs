using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;

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

    /// <summary>The flow's request, journal first (<see cref="OnlineRequest"/>); its outcome comes back to <see cref="Answered"/>.</summary>
    protected void SendOnline(TerminalContext ctx, HostRequest request, TransactionRecord pending,
        Func<TransactionRecord, TransactionRecord[]>? alsoOnApproval = null, bool printsReceipt = true) =>
        OnlineRequest.Send(ctx, request, pending, (c, result, next) =>
        {
            if (Answered(c, result, next) is { } to)
                c.Go(to);
        }, alsoOnApproval, printsReceipt);

    /// <summary>The pending journal record of the flow's request, by the signed-in operator.</summary>
    protected static TransactionRecord Pending(TerminalContext ctx, HostRequest request, TransactionType type, long amountFen) =>
        TransactionLifecycle.Begin(request, type, amountFen, ctx.Session.OperatorNo ?? "", ctx.Options.PanProtector);

    /// <summary>
    /// Where the request's outcome takes the flow: by default <paramref name="next"/>, where the
    /// request's outcome leads (receipt, or home with a message); null to stay (the flow moved to a step of its own).
    /// </summary>
    protected virtual Activity? Answered(TerminalContext ctx, ExchangeResult result, Activity next) => next;
}
