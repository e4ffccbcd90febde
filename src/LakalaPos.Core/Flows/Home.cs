using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Where a flow goes when it ends or is abandoned: idle when a cashier is signed in, else the
/// sign-in prompt — but while the chip card a transaction was made with is still in the slot,
/// first "请拔卡" under the result, until the card is taken out (<see cref="RemoveCardActivity"/>).
/// </summary>
public static class Home
{
    public static Activity For(TerminalContext ctx) => For(ctx, []);

    /// <summary>Home; while the transaction's card is still in the slot, <paramref name="result"/> and "请拔卡" first.</summary>
    public static Activity For(TerminalContext ctx, IReadOnlyList<string> result) =>
        ctx.CardSlot.HoldsTransactionCard ? new RemoveCardActivity(result) : Idle(ctx);

    /// <summary>
    /// Shows a message screen (3 s or a key), then goes home; while the transaction's card is
    /// still in the slot, the message stays with "请拔卡" under it until the card is taken out.
    /// </summary>
    public static Activity After(TerminalContext ctx, params string[] lines) =>
        ctx.CardSlot.HoldsTransactionCard ? new RemoveCardActivity(lines) : new MessageActivity(Screen.Of(lines), () => For(ctx));

    private static Activity Idle(TerminalContext ctx) => ctx.Session.IsSignedIn ? new IdleActivity() : new SignInActivity();
}

/// <summary>After a fault inside a flow: say so, and go home with nothing more sent.</summary>
public static class FaultRecovery
{
    public static Activity For(TerminalContext ctx) => Home.After(ctx, ctx.Say(Phrase.SystemFault));
}
