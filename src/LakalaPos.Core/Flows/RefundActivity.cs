using System.Globalization;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Input;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// Refund (退货), spec section 5, after the network check and the supervisor's password: the card,
/// 原参考号 (12 digits), 原交易日期 (MMDD), 退货金额 (within maxRefundAmount and, where the original is
/// in this journal, within what is left of it), 退款方式, "确认退货?", then online (0220). Refunds
/// are not reversed: one with no answer is UNKNOWN and goes up in the batch upload.
/// </summary>
public sealed class RefundActivity : OnlineFlow<RefundActivity.Step>
{
    public enum Step { Card, Rrn, Date, Amount, Method, Confirm, Online }

    private readonly DigitEntry _rrn = new(12, masked: false);
    private readonly DigitEntry _date = new(4, masked: false);
    private readonly AmountEntry _amount = new();
    private DateOnly _origDate;
    private RefundMethod _method;
    private string? _hint;

    protected override string FlowName => "Refund";

    protected override Step OnlineStep => Step.Online;

    protected override Step CardStep => Step.Card;

    public override void Enter(TerminalContext ctx) => GoTo(ctx, Step.Card);

    protected override void OnPromptKey(TerminalContext ctx, Key key)
    {
        var hadHint = _hint is not null;
        _hint = null;
        switch (CurrentStep)
        {
            case Step.Rrn when _rrn.Accept(key):
            case Step.Date when _date.Accept(key):
            case Step.Amount when _amount.Accept(key):
                Render(ctx);
                return;
            case Step.Rrn when key == Key.Enter:
                RrnEntered(ctx);
                return;
            case Step.Date when key == Key.Enter:
                DateEntered(ctx);
                return;
            case Step.Amount when key == Key.Enter:
                AmountEntered(ctx);
                return;
            case Step.Method when key is Key.D1 or Key.D2:
                _method = key == Key.D1 ? RefundMethod.Original : RefundMethod.Balance;
                GoTo(ctx, Step.Confirm);
                return;
            case Step.Confirm when key == Key.Enter:
                GoOnline(ctx);
                return;
        }
        if (hadHint)
            Render(ctx);
    }

    public override void OnCard(TerminalContext ctx, CardData card)
    {
        if (CurrentStep != Step.Card)
        {
            base.OnCard(ctx, card);
            return;
        }
        UseCard(ctx, card);
        GoTo(ctx, Step.Rrn);
    }

    private void RrnEntered(TerminalContext ctx)
    {
        if (_rrn.Length != 12)
        {
            Refuse(ctx, ctx.Say(Phrase.RrnNeeds12Digits), _rrn.Reset);
            return;
        }
        GoTo(ctx, Step.Date);
    }

    private void DateEntered(TerminalContext ctx)
    {
        var today = DateOnly.FromDateTime(ctx.Now.DateTime);
        if (RefundDate.Parse(_date.Value, today) is not { } date)
        {
            Refuse(ctx, ctx.Say(Phrase.InvalidDate), _date.Reset);
            return;
        }
        _origDate = date;
        GoTo(ctx, Step.Amount);
    }

    private void AmountEntered(TerminalContext ctx)
    {
        if (_amount.Fen <= 0)
        {
            Refuse(ctx, ctx.Say(Phrase.InvalidAmount), _amount.Reset);
            return;
        }
        if (_amount.Fen > ctx.Parameters.MaxRefundFen)
        {
            Refuse(ctx, ctx.Say(Phrase.RefundAmountOverLimit), _amount.Reset);
            return;
        }
        if (RefundLimits.LeftOfOriginal(ctx.Journal, _rrn.Value) is { } left && _amount.Fen > left)
        {
            ctx.Log.Information("Refund of {Amount} refused: only {Left} of original {Rrn} is left to refund", Fen.Format(_amount.Fen), Fen.Format(left), _rrn.Value);
            Refuse(ctx, ctx.Say(Phrase.RefundAmountOverLimit), _amount.Reset);
            return;
        }
        GoTo(ctx, Step.Method);
    }

    private void Refuse(TerminalContext ctx, string why, Action clear)
    {
        clear();
        _hint = why;
        Render(ctx);
    }

    private void GoOnline(TerminalContext ctx) => GoOnline(ctx, SendRefund);

    private void SendRefund(TerminalContext ctx)
    {
        var card = Card!;
        var trace = ctx.Journal.NextTrace();
        var origDate = _origDate.ToString("MMdd", System.Globalization.CultureInfo.InvariantCulture);
        var request = HostRequests.New(ctx, HostMessageKind.Refund, trace) with
        {
            AmountFen = _amount.Fen,
            Card = card,
            OriginalRrn = _rrn.Value,
            OriginalDate = origDate,
            RefundMethod = _method,
        };
        var record = Pending(ctx, request, TransactionType.Refund, _amount.Fen) with
        {
            OrigRrn = _rrn.Value,
            OrigDate = origDate,
            RefundMethod = _method,
        };
        SendOnline(ctx, request, record);
    }

    protected override void Render(TerminalContext ctx)
    {
        var lines = new List<string> { ctx.Say(Phrase.MenuRefund) };
        switch (CurrentStep)
        {
            case Step.Card:
                lines.Add(ctx.Say(Phrase.PresentCard));
                break;
            case Step.Rrn:
                lines.Add(Card!.MaskedPan);
                lines.Add(ctx.Say(Phrase.EnterOriginalRrn));
                lines.Add(_rrn.Shown);
                break;
            case Step.Date:
                lines.Add(ctx.Say(Phrase.OrigRrnLine, _rrn.Value));
                lines.Add(ctx.Say(Phrase.EnterOriginalDate));
                lines.Add(_date.Shown);
                break;
            case Step.Amount:
                lines.Add(ctx.Say(Phrase.EnterRefundAmount));
                lines.Add(_amount.Shown);
                break;
            case Step.Method:
                lines.Add(ctx.Say(Phrase.ChooseRefundMethod));
                lines.Add($"1 {ctx.Say(Phrase.RefundToOriginal)}");
                lines.Add($"2 {ctx.Say(Phrase.RefundToBalance)}");
                break;
            case Step.Confirm:
                lines.Add(ctx.Say(Phrase.OrigRrnLine, _rrn.Value));
                lines.Add(ctx.Say(Phrase.OrigDateLine, _origDate.ToString("MM/dd", CultureInfo.InvariantCulture)));
                lines.Add(ctx.Say(Phrase.RefundAmountLine, Fen.Format(_amount.Fen)));
                lines.Add(ctx.Say(Phrase.RefundMethodLine, ctx.Say(RecordTexts.MethodPhrase(_method))));
                lines.Add(ctx.Say(Phrase.ConfirmRefund));
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
