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
/// Sale (消费), spec section 3: amount ("请输入金额", in fen), card ("请刷卡/插卡/挥卡"), cardholder
/// PIN for swipe and insert (a tap at or under the no-PIN limit skips it), then online: the sale
/// is PENDING on disk, with its reversal armed, before the request leaves. Approved: receipts.
/// Declined: "交易失败" with the code and its text.
/// </summary>
public sealed class SaleActivity : OnlineFlow<SaleActivity.Step>
{
    public enum Step { Amount, Card, Pin, Online }

    private readonly AmountEntry _amount = new();
    private readonly DigitEntry _pin = new(6, masked: true);
    private string? _hint;

    private readonly CardData? _cardAtIdle;

    private SaleActivity(CardData? cardAtIdle) => _cardAtIdle = cardAtIdle;

    /// <summary>Menu 1: amount first, then the card.</summary>
    public static SaleActivity FromMenu() => new(null);

    /// <summary>A card presented at idle: the sale starts with that card and asks for the amount.</summary>
    public static SaleActivity WithCard(CardData card) => new(card);

    protected override string FlowName => "Sale";

    protected override Step OnlineStep => Step.Online;

    protected override Step CardStep => Step.Card;

    public override void Enter(TerminalContext ctx)
    {
        if (_cardAtIdle is not null)
            UseCard(ctx, _cardAtIdle);
        GoTo(ctx, Step.Amount);
    }

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        _hint = null;
        switch (CurrentStep)
        {
            case Step.Amount when _amount.Accept(key):
                Render(ctx);
                break;
            case Step.Amount when key == Key.Enter:
                AmountEntered(ctx);
                break;
            case Step.Pin when _pin.Accept(key):
                Render(ctx);
                break;
            case Step.Pin when key == Key.Enter && _pin.Length == 6:
                GoOnline(ctx);
                break;
        }
    }

    public override void OnCard(TerminalContext ctx, CardData card)
    {
        switch (CurrentStep)
        {
            case Step.Amount when Card is null:
                // A card presented while the amount is typed is kept for when the amount is done.
                UseCard(ctx, card);
                ctx.Log.Information("Sale: card {Card} kept while the amount is entered", card.MaskedPan);
                break;
            case Step.Card:
                UseCard(ctx, card);
                RestartPromptTimer(ctx);
                CardRead(ctx);
                break;
            default:
                base.OnCard(ctx, card);
                break;
        }
    }

    private void AmountEntered(TerminalContext ctx)
    {
        if (_amount.Fen <= 0)
        {
            _hint = ctx.Say(Phrase.InvalidAmount);
            Render(ctx);
            return;
        }
        if (Card is null)
            GoTo(ctx, Step.Card);
        else
            CardRead(ctx);
    }

    private void CardRead(TerminalContext ctx)
    {
        var card = Card!;
        var noPin = card.EntryMode == EntryMode.Tap && _amount.Fen <= ctx.Parameters.QpsNoPinLimitFen;
        if (noPin)
        {
            ctx.Log.Information("Sale: tap at or under the no-PIN limit, no PIN asked");
            GoOnline(ctx);
        }
        else
        {
            GoTo(ctx, Step.Pin);
        }
    }

    private void GoOnline(TerminalContext ctx) => GoOnline(ctx, SendSale);

    private void SendSale(TerminalContext ctx)
    {
        var card = Card!;
        var trace = ctx.Journal.NextTrace();
        var request = HostRequests.New(ctx, HostMessageKind.Sale, trace) with
        {
            AmountFen = _amount.Fen,
            Card = card,
            Pin = _pin.Length > 0 ? new SecretDigits(_pin.Value) : null,
        };
        _pin.Reset();
        SendOnline(ctx, request, Pending(ctx, request, TransactionType.Sale, _amount.Fen));
    }

    protected override void Render(TerminalContext ctx)
    {
        var lines = new List<string> { ctx.Say(Phrase.MenuSale) };
        switch (CurrentStep)
        {
            case Step.Amount:
                lines.Add(ctx.Say(Phrase.EnterAmount));
                lines.Add(_amount.Shown);
                break;
            case Step.Card:
                lines.Add(ctx.Say(Phrase.AmountLine, Fen.Format(_amount.Fen)));
                lines.Add(ctx.Say(Phrase.PresentCard));
                break;
            case Step.Pin:
                lines.Add(ctx.Say(Phrase.AmountLine, Fen.Format(_amount.Fen)));
                lines.Add(Card!.MaskedPan);
                lines.Add(ctx.Say(Phrase.EnterPassword));
                lines.Add(_pin.Shown);
                break;
            default:
                lines.AddRange(HostWaitLines(ctx));
                break;
        }
        if (_hint is not null)
            lines.Add(_hint);
        Show(ctx, lines);
    }
}
