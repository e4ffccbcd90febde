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
/// 余额查询 (menu 4, spec section 7): card, PIN, online (0200 310000, 60.1=01); the balance shows
/// on screen until a key or the prompt time-out, and nothing prints. It moves no money, so it is
/// not reversed; it is journaled as BALANCE like every request.
/// </summary>
public sealed class BalanceInquiryActivity : OnlineFlow<BalanceInquiryActivity, BalanceInquiryActivity.Step>
{
    public enum Step { Card, Pin, Online, Result }

    public static readonly FlowTable<BalanceInquiryActivity, Step> Flow =
        new FlowTable<BalanceInquiryActivity, Step>("Balance",
                "Balance inquiry (menu 4): the card, the PIN, then online; the balance stays on screen until a key (or the prompt time-out), nothing prints.", Step.Card)
            .Step(Step.Card, (_, ctx) => [ctx.Say(Phrase.MenuBalance), ctx.Say(Phrase.PresentCard)], s => s
                .OnCard().To(Step.Pin, (f, ctx, input) => f.UseCard(ctx, input.Card!)))
            .Step(Step.Pin, (f, ctx) => [ctx.Say(Phrase.MenuBalance), f.Card!.MaskedPan, ctx.Say(Phrase.EnterPassword), f._pin.Shown], s => s
                .Field(f => f._pin)
                .On(Key.Enter).When("6 digits", (f, _) => f._pin.Length == 6).To(Step.Online))
            .Step(Step.Online, (_, ctx) => [ctx.Say(Phrase.MenuBalance), .. HostWaitLines(ctx)], s => s
                .CannotAbandon()
                .OnEnter("the inquiry sent", (f, ctx) => f.GoOnline(ctx, f.SendInquiry),
                    nameof(Step.Result), "home: declined, not sent or no answer"))
            .Step(Step.Result, (f, ctx) => [.. f.ResultLines(ctx), ctx.Say(Phrase.AnyKeyToReturn)], s => s
                .On("any key", _ => true).Exit("home", (f, ctx, _) => Home.For(ctx, f.ResultLines(ctx))));

    private readonly DigitEntry _pin = new(6, masked: true);
    private long? _balance;

    protected override FlowTable<BalanceInquiryActivity, Step> Table => Flow;

    protected override Step OnlineStep => Step.Online;

    protected override Step CardStep => Step.Card;

    // The balance stays until the cardholder has read it: the prompt time-out ends it quietly.
    protected override Activity AfterPromptTimeout(TerminalContext ctx) =>
        CurrentStep == Step.Result ? Home.For(ctx, ResultLines(ctx)) : base.AfterPromptTimeout(ctx);

    /// <summary>Approved: the balance is shown (the Result step); otherwise where the outcome leads.</summary>
    protected override Activity? Answered(TerminalContext ctx, ExchangeResult result, Activity next)
    {
        if (!result.Approved)
            return next;
        _balance = result.Response!.BalanceFen;
        GoTo(ctx, Step.Result);
        return null;
    }

    private void SendInquiry(TerminalContext ctx)
    {
        var card = Card!;
        var trace = ctx.Journal.NextTrace();
        var request = HostRequests.New(ctx, HostMessageKind.BalanceInquiry, trace) with
        {
            Card = card,
            Pin = new SecretDigits(_pin.Value),
        };
        _pin.Reset();
        SendOnline(ctx, request, Pending(ctx, request, TransactionType.Balance, 0), printsReceipt: false);
    }

    /// <summary>The balance as shown, also above "请拔卡" when the chip card is still in.</summary>
    private string[] ResultLines(TerminalContext ctx) =>
        [ctx.Say(Phrase.MenuBalance), Card!.MaskedPan,
            _balance is { } b ? ctx.Say(Phrase.AvailableBalanceLine, Fen.Format(b)) : ctx.Say(Phrase.BalanceNotReturned)];
}
