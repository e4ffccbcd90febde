using LakalaPos.Core.Engine;
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
public sealed class BalanceInquiryActivity : OnlineFlow<BalanceInquiryActivity.Step>
{
    public enum Step { Card, Pin, Online, Result }

    private readonly DigitEntry _pin = new(6, masked: true);
    private long? _balance;

    protected override string FlowName => "Balance";

    protected override Step OnlineStep => Step.Online;

    protected override Step CardStep => Step.Card;

    public override void Enter(TerminalContext ctx) => GoTo(ctx, Step.Card);

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        switch (CurrentStep)
        {
            case Step.Pin when _pin.Accept(key):
                Render(ctx);
                break;
            case Step.Pin when key == Key.Enter && _pin.Length == 6:
                GoOnline(ctx, SendInquiry);
                break;
            case Step.Result:
                ctx.Go(Home.For(ctx, ResultLines(ctx)));
                break;
        }
    }

    // The balance stays until the cardholder has read it: the prompt time-out ends it quietly.
    protected override Activity AfterPromptTimeout(TerminalContext ctx) =>
        CurrentStep == Step.Result ? Home.For(ctx, ResultLines(ctx)) : base.AfterPromptTimeout(ctx);

    public override void OnCard(TerminalContext ctx, CardData card)
    {
        if (CurrentStep != Step.Card)
        {
            base.OnCard(ctx, card);
            return;
        }
        UseCard(ctx, card);
        GoTo(ctx, Step.Pin);
    }

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

    protected override void Render(TerminalContext ctx)
    {
        var lines = new List<string> { ctx.Say(Phrase.MenuBalance) };
        switch (CurrentStep)
        {
            case Step.Card:
                lines.Add(ctx.Say(Phrase.PresentCard));
                break;
            case Step.Pin:
                lines.Add(Card!.MaskedPan);
                lines.Add(ctx.Say(Phrase.EnterPassword));
                lines.Add(_pin.Shown);
                break;
            case Step.Online:
                lines.AddRange(HostWaitLines(ctx));
                break;
            default:
                lines.AddRange(ResultLines(ctx)[1..]);
                lines.Add(ctx.Say(Phrase.AnyKeyToReturn));
                break;
        }
        Show(ctx, lines);
    }
}
