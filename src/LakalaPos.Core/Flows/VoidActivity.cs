using System.Globalization;
using LakalaPos.Core.Ecr;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
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
public sealed class VoidActivity : OnlineFlow<VoidActivity, VoidActivity.Step>
{
    public enum Step { Voucher, Confirm, Reason, Card, Pin, Online }

    public static readonly FlowTable<VoidActivity, Step> Flow =
        new FlowTable<VoidActivity, Step>("Void",
                "Void (menu 2): the original voucher and its checks, the original shown to confirm, the reason, the card (the original's) and the PIN when required, then online for the full amount.", Step.Voucher)
            .Step(Step.Voucher, (f, ctx) => [ctx.Say(Phrase.MenuVoid), ctx.Say(Phrase.EnterOriginalVoucher), f._voucher.Shown], s => s
                .Field(f => f._voucher)
                .On(Key.Enter).When("original cannot be voided", (f, ctx) => f._voucher.Length > 0 && f.LookUp(ctx) is not null)
                    .Exit("home: refused", (f, ctx, _) => f.Refused(ctx))
                .On(Key.Enter).When("original found", (f, _) => f._sale is not null).To(Step.Confirm))
            .Step(Step.Confirm, (f, ctx) => f.OriginalScreen(ctx), s => s
                .On(Key.Enter).To(Step.Reason))
            .Step(Step.Reason, (_, ctx) => [ctx.Say(Phrase.MenuVoid), ctx.Say(Phrase.ChooseVoidReason),
                    .. Enumerable.Range(1, 6).Select(r => $"{r} {ctx.Say(VoidReasonPhrase(r))}")], s => s
                .On("1-6", IsReason).When("card required", (_, ctx) => ctx.Parameters.VoidCardRequired).To(Step.Card, (f, ctx, input) => f.Reason(ctx, input.Key))
                .On("1-6", IsReason).When("PIN required", (_, ctx) => ctx.Parameters.VoidPinRequired).To(Step.Pin, (f, ctx, input) => f.Reason(ctx, input.Key))
                .On("1-6", IsReason).To(Step.Online, (f, ctx, input) => f.Reason(ctx, input.Key)))
            .Step(Step.Card, (f, ctx) => [ctx.Say(Phrase.MenuVoid), ctx.Say(Phrase.AmountLine, Fen.Format(f._sale!.AmountFen)), ctx.Say(Phrase.PresentCard)], s => s
                .OnCard().When("card not the original's", (f, ctx, input) => !f.IsOriginalCard(ctx, input.Card!))
                    .Exit("home: card mismatch", (f, ctx, input) => f.CardMismatch(ctx, input.Card!))
                .OnCard().When("PIN required", (_, ctx) => ctx.Parameters.VoidPinRequired).To(Step.Pin, (f, ctx, input) => f.UseCard(ctx, input.Card!))
                .OnCard().To(Step.Online, (f, ctx, input) => f.UseCard(ctx, input.Card!)))
            .Step(Step.Pin, (f, ctx) => [ctx.Say(Phrase.MenuVoid), ctx.Say(Phrase.AmountLine, Fen.Format(f._sale!.AmountFen)),
                    ctx.Say(Phrase.EnterPassword), f._pin.Shown], s => s
                .Field(f => f._pin)
                .On(Key.Enter).When("6 digits", (f, _) => f._pin.Length == 6).To(Step.Online))
            .Step(Step.Online, (_, ctx) => [ctx.Say(Phrase.MenuVoid), .. HostWaitLines(ctx)], s => s
                .CannotAbandon()
                .OnEnter("the void sent", (f, ctx) => f.GoOnline(ctx, f.SendVoid),
                    "receipt: approved", "home: declined or not sent", "reversal, home: no answer"));

    private readonly DigitEntry _voucher = new(6, masked: false);
    private readonly DigitEntry _pin = new(6, masked: true);
    private TransactionRecord? _sale;
    private string[]? _refusal;
    private int _reason;

    // The register's void of an order (spec section 12), or null for a void typed at the keypad.
    private readonly EcrRequest? _order;

    /// <summary>Menu 2, after the supervisor's password: the voucher first.</summary>
    public VoidActivity()
    {
    }

    private VoidActivity(EcrRequest order, TransactionRecord sale)
    {
        _order = order;
        _sale = sale;
    }

    /// <summary>
    /// The register's void of an order, after the supervisor's password: the order's sale (which
    /// passed <see cref="VoidChecks"/>) is shown to confirm, then the void goes on as from the keypad.
    /// </summary>
    public static VoidActivity ForOrder(EcrRequest order, TransactionRecord sale) => new(order, sale);

    public override EcrRequest? Serves => _order;

    public override void Enter(TerminalContext ctx)
    {
        if (_order is not null)
            GoTo(ctx, Step.Confirm);
        else
            base.Enter(ctx);
    }

    protected override FlowTable<VoidActivity, Step> Table => Flow;

    protected override Step OnlineStep => Step.Online;

    protected override Step CardStep => Step.Card;

    private static bool IsReason(Key key) => key is >= Key.D1 and <= Key.D6;

    private int VoucherTyped => int.Parse(_voucher.Value, CultureInfo.InvariantCulture);

    /// <summary>Looks the voucher typed up: the original sale, or why it cannot be voided (returned).</summary>
    private string[]? LookUp(TerminalContext ctx)
    {
        (_sale, _refusal) = VoidChecks.Find(ctx, VoucherTyped);
        return _refusal;
    }

    private Activity Refused(TerminalContext ctx)
    {
        var refusal = _refusal!;
        ctx.Log.Information("Void of voucher {Voucher:000000} refused: {Refusal}", VoucherTyped, string.Join(" ", refusal));
        return Home.After(ctx, [ctx.Say(Phrase.MenuVoid), .. refusal]);
    }

    private void Reason(TerminalContext ctx, Key key)
    {
        _reason = key.ToDigit() - '0';
        ctx.Log.Information("Void of voucher {Voucher:000000}: reason {Reason} {Text}", _sale!.Voucher, _reason, VoidReasonPhrase(_reason));
    }

    private bool IsOriginalCard(TerminalContext ctx, CardData card) =>
        TransactionLifecycle.Of(_sale!).Pan(ctx.Options.PanProtector) == card.Pan;

    private Activity CardMismatch(TerminalContext ctx, CardData card)
    {
        var sale = _sale!;
        UseCard(ctx, card);
        ctx.Log.Warning("Void of voucher {Voucher:000000}: card {Card} is not the original's {Original}", sale.Voucher, card.MaskedPan, sale.MaskedPan);
        return Home.After(ctx, ctx.Say(Phrase.MenuVoid), ctx.Say(Phrase.CardMismatch));
    }

    private IEnumerable<string> OriginalScreen(TerminalContext ctx)
    {
        var sale = _sale!;
        return
        [
            ctx.Say(Phrase.MenuVoid),
            ctx.Say(Phrase.CardLine, sale.MaskedPan ?? ""),
            ctx.Say(Phrase.AmountLine, Fen.Format(sale.AmountFen)),
            ctx.Say(Phrase.TimeLine, TimeZoneInfo.ConvertTime(sale.LocalTime, ctx.Options.TimeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            ctx.Say(Phrase.VoucherLine, sale.Voucher.ToString("000000", CultureInfo.InvariantCulture)),
            ctx.Say(Phrase.AuthCodeLine, sale.AuthCode ?? ""),
            ctx.Say(Phrase.ConfirmVoid),
        ];
    }

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
            OrderNo = sale.OrderNo,
            EcrRequestId = _order?.RequestId,
        };
        SendOnline(ctx, request, record,
            alsoOnApproval: approvedVoid => [TransactionLifecycle.Of(ctx.Journal.Find(sale.Id) ?? sale).Voided(approvedVoid)]);
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
