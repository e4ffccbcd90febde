using LakalaPos.Core.Engine;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>Right after sign-in, before anything else: a reversal left due is sent first (spec section 1).</summary>
public static class AfterSignIn
{
    public static Activity Next(TerminalContext ctx) =>
        ctx.Journal.PendingReversals().Any(t => t.ReversalState == ReversalState.Due)
            ? new ReversalActivity(() => new IdleActivity(Prompts.SignInOk))
            : new IdleActivity(Prompts.SignInOk);
}
