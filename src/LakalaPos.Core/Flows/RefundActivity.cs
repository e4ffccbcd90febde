using System.Globalization;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
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
public sealed class RefundActivity : OnlineFlow<RefundActivity, RefundActivity.Step>
{
    public enum Step { Card, Rrn, Date, Amount, Method, Confirm, Online }

    public static readonly FlowTable<RefundActivity, Step> Flow =
        new FlowTable<RefundActivity, Step>("Refund",
                "Refund (menu 3): the card, the original's reference number and date, the amount (within the limits), the refund method, a confirmation, then online; never reversed.", Step.Card)
            .Step(Step.Card, (_, ctx) => [ctx.Say(Phrase.MenuRefund), ctx.Say(Phrase.PresentCard)], s => s
                .OnCard().To(Step.Rrn, (f, ctx, input) => f.UseCard(ctx, input.Card!)))
            .Step(Step.Rrn, (f, ctx) => [ctx.Say(Phrase.MenuRefund), f.Card!.MaskedPan, ctx.Say(Phrase.EnterOriginalRrn), f._rrn.Shown], s => s
                .Field(f => f._rrn)
                .On(Key.Enter).When("not 12 digits", (f, _) => f._rrn.Length != 12).Stay((f, _, _) => f.Refuse(Phrase.RrnNeeds12Digits, f._rrn.Reset))
                .On(Key.Enter).To(Step.Date)
                .On("another key", AnyKey).When("a refusal shown", (f, _) => f.NoticeShown).Stay(Nothing))
            .Step(Step.Date, (f, ctx) => [ctx.Say(Phrase.MenuRefund), ctx.Say(Phrase.OrigRrnLine, f._rrn.Value), ctx.Say(Phrase.EnterOriginalDate), f._date.Shown], s => s
                .Field(f => f._date)
                .On(Key.Enter).When("not a date", (f, ctx) => f.DateTyped(ctx) is null).Stay((f, _, _) => f.Refuse(Phrase.InvalidDate, f._date.Reset))
                .On(Key.Enter).To(Step.Amount, (f, ctx, _) => f._origDate = f.DateTyped(ctx)!.Value)
                .On("another key", AnyKey).When("a refusal shown", (f, _) => f.NoticeShown).Stay(Nothing))
            .Step(Step.Amount, (f, ctx) => [ctx.Say(Phrase.MenuRefund), ctx.Say(Phrase.EnterRefundAmount), f._amount.Shown], s => s
                .Field(f => f._amount)
                .On(Key.Enter).When("amount is zero", (f, _) => f._amount.Fen <= 0).Stay((f, _, _) => f.Refuse(Phrase.InvalidAmount, f._amount.Reset))
                .On(Key.Enter).When("over maxRefundAmount", (f, ctx) => f._amount.Fen > ctx.Parameters.MaxRefundFen)
                    .Stay((f, _, _) => f.Refuse(Phrase.RefundAmountOverLimit, f._amount.Reset))
                .On(Key.Enter).When("over what is left of the original", (f, ctx) => f.LeftOfOriginal(ctx) is { } left && f._amount.Fen > left)
                    .Stay((f, ctx, _) => f.OverOriginal(ctx))
                .On(Key.Enter).To(Step.Method)
                .On("another key", AnyKey).When("a refusal shown", (f, _) => f.NoticeShown).Stay(Nothing))
            .Step(Step.Method, (_, ctx) => RefundScreens.MethodChoice(ctx), s => s
                .On(Key.D1).To(Step.Confirm, (f, _, _) => f._method = RefundMethod.Original)
                .On(Key.D2).To(Step.Confirm, (f, _, _) => f._method = RefundMethod.Balance))
            .Step(Step.Confirm, (f, ctx) => f.ConfirmScreen(ctx), s => s
                .On(Key.Enter).To(Step.Online))
            .Step(Step.Online, (_, ctx) => [ctx.Say(Phrase.MenuRefund), .. HostWaitLines(ctx)], s => s
                .CannotAbandon()
                .OnEnter("the refund sent", (f, ctx) => f.GoOnline(ctx, f.SendRefund),
                    "receipt: approved", "home: declined, not sent or no answer (UNKNOWN)"));

    private readonly DigitEntry _rrn = new(12, masked: false);
    private readonly DigitEntry _date = new(4, masked: false);
    private readonly AmountEntry _amount = new();
    private DateOnly _origDate;
    private RefundMethod _method;

    protected override FlowTable<RefundActivity, Step> Table => Flow;

    protected override Step OnlineStep => Step.Online;

    protected override Step CardStep => Step.Card;

    // A key no other rule takes, while a refusal is shown, clears it from the screen.
    private static bool AnyKey(Key key) => true;

    private static void Nothing(RefundActivity flow, TerminalContext ctx, StepInput input)
    {
    }

    private DateOnly? DateTyped(TerminalContext ctx) => RefundDate.Parse(_date.Value, DateOnly.FromDateTime(ctx.Now.DateTime));

    private long? LeftOfOriginal(TerminalContext ctx) => RefundLimits.LeftOfOriginal(ctx.Journal, _rrn.Value);

    private void OverOriginal(TerminalContext ctx)
    {
        ctx.Log.Information("Refund of {Amount} refused: only {Left} of original {Rrn} is left to refund",
            Fen.Format(_amount.Fen), Fen.Format(LeftOfOriginal(ctx)!.Value), _rrn.Value);
        Refuse(Phrase.RefundAmountOverLimit, _amount.Reset);
    }

    /// <summary>The field is emptied and typed again, the reason under it.</summary>
    private void Refuse(Phrase why, Action clear)
    {
        clear();
        Notice(why);
    }

    private IEnumerable<string> ConfirmScreen(TerminalContext ctx) =>
    [
        ctx.Say(Phrase.MenuRefund),
        ctx.Say(Phrase.OrigRrnLine, _rrn.Value),
        ctx.Say(Phrase.OrigDateLine, _origDate.ToString("MM/dd", CultureInfo.InvariantCulture)),
        ctx.Say(Phrase.RefundAmountLine, Fen.Format(_amount.Fen)),
        ctx.Say(Phrase.RefundMethodLine, ctx.Say(RecordTexts.MethodPhrase(_method))),
        ctx.Say(Phrase.ConfirmRefund),
    ];

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
}
