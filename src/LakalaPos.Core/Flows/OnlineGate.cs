using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// What must happen before any request goes online (spec sections 1, 6 and host-protocol): a
/// sign-in the host asked for, then every due reversal. Only when the way is clear does the
/// flow's request leave; otherwise the flow ends with nothing sent and nothing journaled.
/// </summary>
public static class OnlineGate
{
    /// <summary>
    /// Runs <paramref name="send"/> now if nothing stands in the way; otherwise clears the way
    /// first and comes back to <paramref name="flow"/> (resumed, not re-entered) to run it.
    /// </summary>
    public static void Send(TerminalContext ctx, Activity flow, Action<TerminalContext> send)
    {
        if (ctx.Session.SignInRequested && ctx.Session.OperatorNo is { } op)
        {
            ctx.Log.Information("The host asked for a new sign-in: signing in operator {Operator} before the request", op);
            ctx.Go(new SignInAgainActivity(result => result.Approved
                ? Resumed(ctx, flow, send)
                : Home.After(ctx, ctx.Say(Phrase.Declined), ctx.Say(result.NotSent ? Phrase.NetworkDown : Phrase.SignInFailed))));
            return;
        }
        if (ReversalActivity.AnyDue(ctx))
        {
            ctx.Log.Information("A reversal is due: it goes before the request");
            ctx.Go(new ReversalActivity(cleared => cleared ? Resumed(ctx, flow, send) : Home.After(ctx, ctx.Say(Phrase.Declined), ctx.Say(Phrase.ReversalPending))));
            return;
        }
        send(ctx);
    }

    // Back in the flow, the gate is asked again: a sign-in may have left reversals due, and a
    // reversal's answer may have asked for a sign-in.
    private static Activity Resumed(TerminalContext ctx, Activity flow, Action<TerminalContext> send) =>
        new ResumeActivity(flow, c => Send(c, flow, send));
}

/// <summary>Hands control back to a flow that stepped aside (for a reversal or a sign-in), without entering it again.</summary>
public sealed class ResumeActivity(Activity flow, Action<TerminalContext> then) : Activity
{
    public override string Name => $"Resume({flow.Name})";

    public override void Enter(TerminalContext ctx)
    {
        ctx.Resume(flow);
        then(ctx);
    }
}
