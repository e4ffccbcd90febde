using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// What must happen before any request goes online (spec sections 1, 6 and host-protocol): a
/// sign-in the host asked for, then every due reversal. Only when the way is clear does the
/// flow's request leave; otherwise the flow ends with nothing sent and nothing journaled.
/// The flow steps aside for each with <see cref="TerminalContext.Push"/>; its request is held
/// in it (<see cref="PromptActivity.HeldByGate"/>) until the child returns.
/// </summary>
public static class OnlineGate
{
    /// <summary>
    /// Runs <paramref name="send"/> now if nothing stands in the way; otherwise holds it in
    /// <paramref name="flow"/>, pushes what clears the way, and when that returns to the flow
    /// (not re-entered) asks again — a sign-in may leave reversals due, and a reversal's answer
    /// may ask for a sign-in.
    /// </summary>
    public static void Send(TerminalContext ctx, PromptActivity flow, Action<TerminalContext> send)
    {
        if (ctx.Session.SignInRequested && ctx.Session.OperatorNo is { } op)
        {
            ctx.Log.Information("The host asked for a new sign-in: signing in operator {Operator} before the request", op);
            StepAside(ctx, flow, send, new SignInAgainActivity());
            return;
        }
        if (ReversalActivity.AnyDue(ctx))
        {
            ctx.Log.Information("A reversal is due: it goes before the request");
            StepAside(ctx, flow, send, new ReversalActivity());
            return;
        }
        send(ctx);
    }

    private static void StepAside(TerminalContext ctx, PromptActivity flow, Action<TerminalContext> send, Activity child)
    {
        flow.HeldByGate = send;
        ctx.Push(child);
    }

    /// <summary>
    /// A child returned to <paramref name="flow"/>: if the gate pushed it, the held request goes
    /// through the gate again, or the flow ends as the child left it ("签到失败", "冲正未完成").
    /// False when the flow holds no request (the child was not the gate's).
    /// </summary>
    internal static bool Returned(TerminalContext ctx, PromptActivity flow, Activity child, ChildResult result)
    {
        if (flow.HeldByGate is not { } send)
            return false;
        flow.HeldByGate = null;
        if (result.Done)
        {
            Send(ctx, flow, send);
            return true;
        }
        var why = child is SignInAgainActivity
            ? ctx.Say(result.Exchange is { NotSent: true } ? Phrase.NetworkDown : Phrase.SignInFailed)
            : ctx.Say(Phrase.ReversalPending);
        ctx.Log.Information("{Flow} ends with nothing sent: {Child} did not clear the way", flow.Name, child.Name);
        // A register waiting for this flow is told the host could not be reached, not that the cashier cancelled.
        if (flow.Serves is { } request)
            ctx.Ecr.NotDone(request, Ecr.EcrReason.NotSent);
        ctx.Go(Home.After(ctx, ctx.Say(Phrase.Declined), why));
        return true;
    }
}
