using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Right after sign-in, before anything else: a reversal left due is sent first (spec section 1),
/// then a batch upload a settlement left unfinished.
/// </summary>
public static class AfterSignIn
{
    public static Activity Next(TerminalContext ctx) =>
        ReversalActivity.AnyDue(ctx) ? new ReversalActivity(_ => AfterReversals(ctx)) : AfterReversals(ctx);

    private static Activity AfterReversals(TerminalContext ctx) =>
        ctx.Journal.LastSettlement() is { UploadDone: false } unfinished
            ? new BatchUploadActivity(unfinished.Batch, _ => new IdleActivity(ctx.Say(Phrase.SignInOk)))
            : new IdleActivity(ctx.Say(Phrase.SignInOk));
}
