using LakalaPos.Core.Engine;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// A transaction on an inserted card has ended (approved and printed, declined, cancelled,
/// failed) and the card is still in the slot: its result stays on screen with "请拔卡" until the
/// card is taken out, then home. Keys do nothing here — CANCEL included — as on real terminals: the
/// card left behind is what must be dealt with. No time-out: a card is never forgotten in the slot.
/// </summary>
public sealed class RemoveCardActivity(IReadOnlyList<string> result) : Activity
{
    public override string Name => "RemoveCard";

    public override void Enter(TerminalContext ctx)
    {
        ctx.Log.Information("Transaction over; waiting for the card to be taken out");
        ctx.Show(new Screen([.. result, ctx.Say(Phrase.RemoveCard)]));
    }

    public override void OnCardRemoved(TerminalContext ctx) => ctx.Go(Home.For(ctx));
}
