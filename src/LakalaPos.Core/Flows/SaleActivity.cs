using LakalaPos.Core.Ecr;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Input;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Sale (消费), spec section 3: amount ("请输入金额", in fen), card ("请刷卡/插卡/挥卡"), cardholder
/// PIN for swipe and insert (a tap at or under the no-PIN limit skips it), then online: the sale
/// is PENDING on disk, with its reversal armed, before the request leaves. Approved: receipts.
/// Declined: "交易失败" with the code and its text.
/// </summary>
public sealed class SaleActivity : OnlineFlow<SaleActivity, SaleActivity.Step>
{
    public enum Step { Amount, Card, Pin, Online }

    public static readonly FlowTable<SaleActivity, Step> Flow =
        new FlowTable<SaleActivity, Step>("Sale",
                "Sale (menu 1, or a card at idle): the amount, the card, the cardholder PIN unless a tap is at or under the no-PIN limit, then online; approved prints the receipts.", Step.Amount)
            .Step(Step.Amount, (f, ctx) => [ctx.Say(Phrase.MenuSale), ctx.Say(Phrase.EnterAmount), f._amount.Shown], s => s
                .Field(f => f._amount)
                .On(Key.Enter).When("amount is zero", (f, _) => f._amount.Fen <= 0).Stay((f, _, _) => f.Notice(Phrase.InvalidAmount))
                .On(Key.Enter).When("no card yet", (f, _) => f.Card is null).To(Step.Card)
                .On(Key.Enter).When("tap at or under the no-PIN limit", (f, ctx) => f.NoPin(ctx, f.Card!)).To(Step.Online, (_, ctx, _) => NoPinAsked(ctx))
                .On(Key.Enter).To(Step.Pin)
                .OnCard().When("no card yet", (f, _) => f.Card is null).Then((f, ctx, input) => f.KeepCard(ctx, input.Card!), nameof(Step.Amount)))
            .Step(Step.Card, (f, ctx) => [ctx.Say(Phrase.MenuSale), .. f.OrderLines(ctx), ctx.Say(Phrase.AmountLine, Fen.Format(f.Amount)), ctx.Say(Phrase.PresentCard)], s => s
                .OnCard().When("tap at or under the no-PIN limit", (f, ctx, input) => f.NoPin(ctx, input.Card!))
                    .To(Step.Online, (f, ctx, input) => { f.UseCard(ctx, input.Card!); NoPinAsked(ctx); })
                .OnCard().To(Step.Pin, (f, ctx, input) => f.UseCard(ctx, input.Card!)))
            .Step(Step.Pin, (f, ctx) => [ctx.Say(Phrase.MenuSale), .. f.OrderLines(ctx), ctx.Say(Phrase.AmountLine, Fen.Format(f.Amount)), f.Card!.MaskedPan,
                    ctx.Say(Phrase.EnterPassword), f._pin.Shown], s => s
                .Field(f => f._pin)
                .On(Key.Enter).When("6 digits", (f, _) => f._pin.Length == 6).To(Step.Online))
            .Step(Step.Online, (_, ctx) => [ctx.Say(Phrase.MenuSale), .. HostWaitLines(ctx)], s => s
                .CannotAbandon()
                .OnEnter("the sale sent", (f, ctx) => f.GoOnline(ctx, f.SendSale),
                    "receipt: approved", "home: declined or not sent", "reversal, home: no answer"));

    private readonly AmountEntry _amount = new();
    private readonly DigitEntry _pin = new(6, masked: true);

    private readonly CardData? _cardAtIdle;

    // The register's order this sale charges (spec section 12), or null for a sale typed at the keypad.
    private readonly EcrRequest? _order;

    private SaleActivity(CardData? cardAtIdle, EcrRequest? order = null)
    {
        _cardAtIdle = cardAtIdle;
        _order = order;
    }

    /// <summary>Menu 1: amount first, then the card.</summary>
    public static SaleActivity FromMenu() => new(null);

    /// <summary>A card presented at idle: the sale starts with that card and asks for the amount.</summary>
    public static SaleActivity WithCard(CardData card) => new(card);

    /// <summary>
    /// The register's order (taken on by <see cref="EcrDesk"/>): its total is the amount, so the
    /// sale starts at the card with the order number on the screen; the order and its items are
    /// journaled with the sale.
    /// </summary>
    public static SaleActivity ForOrder(EcrRequest order) => new(null, order);

    public override EcrRequest? Serves => _order;

    /// <summary>The amount: the order's total, or what was typed.</summary>
    private long Amount => _order?.TotalFen ?? _amount.Fen;

    private IEnumerable<string> OrderLines(TerminalContext ctx) => _order is { } o ? [ctx.Say(Phrase.OrderLine, o.OrderNo)] : [];

    protected override FlowTable<SaleActivity, Step> Table => Flow;

    protected override Step OnlineStep => Step.Online;

    protected override Step CardStep => Step.Card;

    public override void Enter(TerminalContext ctx)
    {
        if (_order is not null)
        {
            GoTo(ctx, Step.Card);
            return;
        }
        if (_cardAtIdle is not null)
            UseCard(ctx, _cardAtIdle);
        base.Enter(ctx);
    }

    /// <summary>A card presented while the amount is typed is kept for when the amount is done.</summary>
    private void KeepCard(TerminalContext ctx, CardData card)
    {
        UseCard(ctx, card);
        ctx.Log.Information("Sale: card {Card} kept while the amount is entered", card.MaskedPan);
    }

    private bool NoPin(TerminalContext ctx, CardData card) =>
        card.EntryMode == EntryMode.Tap && Amount <= ctx.Parameters.QpsNoPinLimitFen;

    private static void NoPinAsked(TerminalContext ctx) => ctx.Log.Information("Sale: tap at or under the no-PIN limit, no PIN asked");

    private void SendSale(TerminalContext ctx)
    {
        var card = Card!;
        var trace = ctx.Journal.NextTrace();
        var request = HostRequests.New(ctx, HostMessageKind.Sale, trace) with
        {
            AmountFen = Amount,
            Card = card,
            Pin = _pin.Length > 0 ? new SecretDigits(_pin.Value) : null,
        };
        _pin.Reset();
        var pending = Pending(ctx, request, TransactionType.Sale, Amount) with
        {
            OrderNo = _order?.OrderNo,
            Items = _order?.Items,
            EcrRequestId = _order?.RequestId,
        };
        SendOnline(ctx, request, pending);
    }
}
