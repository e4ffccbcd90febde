using System.Globalization;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Input;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Security;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Void (消费撤销), spec section 4, after the supervisor's password: the original voucher and its
/// checks, the original shown for "确认撤销?", the reason, the card (must be the original's), the
/// cardholder PIN when required, then online for the full original amount. On approval the sale
/// becomes VOIDED and the VOID record is written in one journal transaction.
/// </summary>
public sealed class VoidActivity : OnlineFlow<VoidActivity.Step>
{
    public enum Step { Voucher, Confirm, Reason, Card, Pin, Online }

    private readonly DigitEntry _voucher = new(6, masked: false);
    private readonly DigitEntry _pin = new(6, masked: true);
    private TransactionRecord? _sale;
    private int _reason;

    protected override string FlowName => "Void";

    protected override Step OnlineStep => Step.Online;

    protected override Step CardStep => Step.Card;

    public override void Enter(TerminalContext ctx) => GoTo(ctx, Step.Voucher);

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        switch (CurrentStep)
        {
            case Step.Voucher when _voucher.Accept(key):
                Render(ctx);
                break;
            case Step.Voucher when key == Key.Enter && _voucher.Length > 0:
                VoucherEntered(ctx);
                break;
            case Step.Confirm when key == Key.Enter:
                GoTo(ctx, Step.Reason);
                break;
            case Step.Reason when key is >= Key.D1 and <= Key.D6:
                _reason = key.ToDigit() - '0';
                ctx.Log.Information("Void of voucher {Voucher:000000}: reason {Reason} {Text}", _sale!.Voucher, _reason, VoidReasonPhrase(_reason));
                AfterReason(ctx);
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
        if (CurrentStep != Step.Card)
        {
            base.OnCard(ctx, card);
            return;
        }
        var sale = _sale!;
        UseCard(ctx, card);
        if (TransactionLifecycle.Of(sale).Pan(ctx.Options.PanProtector) != card.Pan)
        {
            ctx.Log.Warning("Void of voucher {Voucher:000000}: card {Card} is not the original's {Original}", sale.Voucher, card.MaskedPan, sale.MaskedPan);
            ctx.Go(Home.After(ctx, ctx.Say(Phrase.MenuVoid), ctx.Say(Phrase.CardMismatch)));
            return;
        }
        AfterCard(ctx);
    }

    private void VoucherEntered(TerminalContext ctx)
    {
        var voucher = int.Parse(_voucher.Value, CultureInfo.InvariantCulture);
        var (sale, refusal) = VoidChecks.Find(ctx, voucher);
        if (refusal is not null)
        {
            ctx.Log.Information("Void of voucher {Voucher:000000} refused: {Refusal}", voucher, string.Join(" ", refusal));
            ctx.Go(Home.After(ctx, [ctx.Say(Phrase.MenuVoid), .. refusal]));
            return;
        }
        _sale = sale;
        GoTo(ctx, Step.Confirm);
    }

    private void AfterReason(TerminalContext ctx)
    {
        if (ctx.Parameters.VoidCardRequired)
            GoTo(ctx, Step.Card);
        else
            AfterCard(ctx);
    }

    private void AfterCard(TerminalContext ctx)
    {
        if (ctx.Parameters.VoidPinRequired)
            GoTo(ctx, Step.Pin);
        else
            GoOnline(ctx);
    }

    private void GoOnline(TerminalContext ctx) => GoOnline(ctx, SendVoid);

    private void SendVoid(TerminalContext ctx)
    {
        var sale = _sale!;
        // Without a card presented (voidCardRequired off) the void carries the journal's card number, keyed in (22 = 01).
        var card = Card ?? TransactionLifecycle.Of(sale).KeyedCard(ctx.Options.PanProtector);
        var trace = ctx.Journal.NextTrace();
        var request = HostRequests.New(ctx, HostMessageKind.Void, trace) with
        {
            AmountFen = sale.AmountFen,
            Card = card,
            Pin = _pin.Length > 0 ? new SecretDigits(_pin.Value) : null,
            OriginalRrn = sale.Rrn,
            OriginalAuthCode = sale.AuthCode,
            OriginalBatch = sale.Batch,
            OriginalTrace = sale.Voucher,
        };
        _pin.Reset();
        var record = Pending(ctx, request, TransactionType.Void, sale.AmountFen) with
        {
            OrigVoucher = sale.Voucher,
            OrigBatch = sale.Batch,
            OrigRrn = sale.Rrn,
            OrigAuthCode = sale.AuthCode,
            Reason = _reason,
        };
        SendOnline(ctx, request, record,
            alsoOnApproval: approvedVoid => [TransactionLifecycle.Of(ctx.Journal.Find(sale.Id) ?? sale).Voided(approvedVoid)]);
    }

    protected override void Render(TerminalContext ctx)
    {
        var lines = new List<string> { ctx.Say(Phrase.MenuVoid) };
        switch (CurrentStep)
        {
            case Step.Voucher:
                lines.Add(ctx.Say(Phrase.EnterOriginalVoucher));
                lines.Add(_voucher.Shown);
                break;
            case Step.Confirm:
                var sale = _sale!;
                lines.Add(ctx.Say(Phrase.CardLine, sale.MaskedPan ?? ""));
                lines.Add(ctx.Say(Phrase.AmountLine, Fen.Format(sale.AmountFen)));
                lines.Add(ctx.Say(Phrase.TimeLine, TimeZoneInfo.ConvertTime(sale.LocalTime, ctx.Options.TimeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));
                lines.Add(ctx.Say(Phrase.VoucherLine, sale.Voucher.ToString("000000", CultureInfo.InvariantCulture)));
                lines.Add(ctx.Say(Phrase.AuthCodeLine, sale.AuthCode ?? ""));
                lines.Add(ctx.Say(Phrase.ConfirmVoid));
                break;
            case Step.Reason:
                lines.Add(ctx.Say(Phrase.ChooseVoidReason));
                lines.AddRange(Enumerable.Range(1, 6).Select(r => $"{r} {ctx.Say(VoidReasonPhrase(r))}"));
                break;
            case Step.Card:
                lines.Add(ctx.Say(Phrase.AmountLine, Fen.Format(_sale!.AmountFen)));
                lines.Add(ctx.Say(Phrase.PresentCard));
                break;
            case Step.Pin:
                lines.Add(ctx.Say(Phrase.AmountLine, Fen.Format(_sale!.AmountFen)));
                lines.Add(ctx.Say(Phrase.EnterPassword));
                lines.Add(_pin.Shown);
                break;
            default:
                lines.AddRange(HostWaitLines(ctx));
                break;
        }
        Show(ctx, lines);
    }

    /// <summary>A void reason (1-6) as the screen names it; the receipt keeps its own (<see cref="ReceiptTexts.VoidReason"/>).</summary>
    private static Phrase VoidReasonPhrase(int reason) => reason switch
    {
        1 => Phrase.VoidReason1,
        2 => Phrase.VoidReason2,
        3 => Phrase.VoidReason3,
        4 => Phrase.VoidReason4,
        5 => Phrase.VoidReason5,
        _ => Phrase.VoidReason6,
    };
}
