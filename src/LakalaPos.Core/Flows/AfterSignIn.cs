using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>Right after sign-in, before anything else: a reversal left due is sent first (spec section 1).</summary>
public static class AfterSignIn
{
    public static Activity Next(TerminalContext ctx) =>
        ReversalActivity.AnyDue(ctx)
            ? new ReversalActivity(_ => new IdleActivity(Prompts.SignInOk))
            : new IdleActivity(Prompts.SignInOk);
}
