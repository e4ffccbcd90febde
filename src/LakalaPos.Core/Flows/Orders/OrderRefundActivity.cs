using System.Globalization;
using LakalaPos.Core.Ecr;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Input;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Orders;

/// <summary>
/// Refund of goods of an order (退单, spec section 12), after the supervisor's password. From the
/// keypad: "请输入订单号", the order's items picked (UP/DOWN choose a line, digits its quantity,
/// ENTER), then the sale's card ("卡号不符" for another), "请选择退款方式", "确认退货?" with the
/// items and their sum, online 0220 for that sum with the sale's reference number and date. From
/// the register the items come with the request and the flow starts at the card. Quantities
/// already refunded (approved or undecided) cannot be given back again.
/// </summary>
public sealed class OrderRefundActivity : OnlineFlow<OrderRefundActivity, OrderRefundActivity.Step>
{
    public enum Step { OrderNo, Items, Card, Method, Confirm, Online }

    private const int VisibleLines = 3;

    public static readonly FlowTable<OrderRefundActivity, Step> Flow =
        new FlowTable<OrderRefundActivity, Step>("OrderRefund",
                "Refund by order (menu 3, then 2 by order number, or the register's refund of items): the order, its items and quantities, the sale's card, the refund method, a confirmation with the items, then online for their sum; never reversed.", Step.OrderNo)
            .Step(Step.OrderNo, (f, ctx) => [ctx.Say(Phrase.MenuRefund), ctx.Say(Phrase.EnterOrderNo), f._orderNo.Shown], s => s
                .Field(f => f._orderNo)
                .On(Key.Enter).When("no order typed", (f, _) => f._orderNo.Length == 0).Stay(Nothing)
                .On(Key.Enter).When("nothing of it to refund", (f, ctx) => f.LookUp(ctx) is not null).Stay((f, ctx, _) => f.Refuse(f.LookUp(ctx)!.Value))
                .On(Key.Enter).To(Step.Items, (f, _, _) => f.StartPicking()))
            .Step(Step.Items, (f, ctx) => f.PickingScreen(ctx), s => s
                .On(Key.Up).Stay((f, _, _) => f.Move(-1))
                .On(Key.Down).Stay((f, _, _) => f.Move(+1))
                .On("0-9", k => k.IsDigit()).When("more than is left", (f, _, input) => f.Typed(input.Key) > f.Current.Left)
                    .Stay((f, _, _) => f.TooMany())
                .On("0-9", k => k.IsDigit()).Stay((f, _, input) => f.Pick(input.Key))
                .On(Key.Clear).Stay((f, _, _) => f.ClearLine())
                .On(Key.Enter).When("nothing chosen", (f, _) => f.PickedItems.Count == 0).Stay((f, _, _) => f.Notice(Phrase.NoItemChosen))
                .On(Key.Enter).When("the goods chosen cost nothing", (f, _) => f.AmountFen <= 0).Stay((f, _, _) => f.Notice(Phrase.InvalidAmount))
                .On(Key.Enter).When("over maxRefundAmount", (f, ctx) => f.AmountFen > ctx.Parameters.MaxRefundFen)
                    .Stay((f, _, _) => f.Notice(Phrase.RefundAmountOverLimit))
                .On(Key.Enter).When("over what is left of the sale", (f, ctx) => RefundLimits.LeftOfSale(ctx.Journal, f._order!) is { } left && f.AmountFen > left)
                    .Stay((f, _, _) => f.Notice(Phrase.RefundAmountOverLimit))
                .On(Key.Enter).To(Step.Card, (f, _, _) => f._items = f.PickedItems))
            .Step(Step.Card, (f, ctx) => [ctx.Say(Phrase.MenuRefund), ctx.Say(Phrase.OrderLine, f.OrderNo),
                    ctx.Say(Phrase.RefundAmountLine, Fen.Format(f.AmountFen)), ctx.Say(Phrase.PresentCard)], s => s
                .OnCard().When("card not the sale's", (f, ctx, input) => !f.IsSaleCard(ctx, input.Card!))
                    .Exit("home: card mismatch", (f, ctx, input) => f.CardMismatch(ctx, input.Card!))
                .OnCard().To(Step.Method, (f, ctx, input) => f.UseCard(ctx, input.Card!)))
            .Step(Step.Method, (_, ctx) => RefundScreens.MethodChoice(ctx), s => s
                .On(Key.D1).To(Step.Confirm, (f, _, _) => f._method = RefundMethod.Original)
                .On(Key.D2).To(Step.Confirm, (f, _, _) => f._method = RefundMethod.Balance))
            .Step(Step.Confirm, (f, ctx) => f.ConfirmScreen(ctx), s => s
                .On(Key.Enter).To(Step.Online))
            .Step(Step.Online, (_, ctx) => [ctx.Say(Phrase.MenuRefund), .. HostWaitLines(ctx)], s => s
                .CannotAbandon()
                .OnEnter("the refund sent", (f, ctx) => f.GoOnline(ctx, f.SendRefund),
                    "receipt: approved", "home: declined, not sent or no answer (UNKNOWN)"));

    private readonly DigitEntry _orderNo = new(EcrRequestRules.MaxIdLength, masked: false);
    private readonly EcrRequest? _request;
    private OrderState? _order;
    private IReadOnlyList<OrderItem> _items = [];
    private int[] _picked = [];
    private int _cursor;
    private string _typing = "";
    private RefundMethod _method;

    private OrderRefundActivity(EcrRequest? request, OrderState? order, IReadOnlyList<OrderItem> items)
    {
        _request = request;
        _order = order;
        _items = items;
    }

    /// <summary>退货 → 2 订单号: the order number is typed (digits), then its items are picked.</summary>
    public static OrderRefundActivity FromKeypad() => new(null, null, []);

    /// <summary>
    /// The register's refund of <paramref name="items"/> (priced from the sale, checked against what
    /// is left by <see cref="OrderState.Refund"/>): the flow starts at the sale's card.
    /// </summary>
    public static OrderRefundActivity ForRegister(EcrRequest request, OrderState order, IReadOnlyList<OrderItem> items) => new(request, order, items);

    protected override FlowTable<OrderRefundActivity, Step> Table => Flow;

    protected override Step OnlineStep => Step.Online;

    protected override Step CardStep => Step.Card;

    public override EcrRequest? Serves => _request;

    public override void Enter(TerminalContext ctx)
    {
        if (_request is not null)
            GoTo(ctx, Step.Card);
        else
            base.Enter(ctx);
    }

    private string OrderNo => _order?.OrderNo ?? _orderNo.Value;

    private TransactionRecord Sale => _order!.Sale!;

    private long AmountFen => (_items.Count > 0 ? _items : PickedItems).Sum(i => i.AmountFen);

    private OrderLine Current => _order!.Lines[_cursor];

    /// <summary>The lines picked so far, each with the quantity to give back and the sale's unit price.</summary>
    private IReadOnlyList<OrderItem> PickedItems =>
        _order is null ? [] : _order.Lines.Select((l, i) => l.Item with { Quantity = _picked[i] }).Where(i => i.Quantity > 0).ToList();

    private static void Nothing(OrderRefundActivity flow, TerminalContext ctx, StepInput input)
    {
    }

    /// <summary>Looks the typed order up: null when it has goods left to refund, else why not.</summary>
    private Phrase? LookUp(TerminalContext ctx)
    {
        _order = OrderState.Of(ctx.Journal, _orderNo.Value);
        if (!_order.IsRefundable)
        {
            ctx.Log.Information("Refund by order {OrderNo} refused: {Why}", _orderNo.Value,
                _order.Sale is null ? "no sale of it" : $"its sale is {_order.Sale.Status.ToString().ToUpperInvariant()}");
            return Phrase.EcrNoOrder;
        }
        if (_order.HasUnreadableRefund)
        {
            ctx.Log.Warning("Refund by order {OrderNo} refused: a refund of it has items the journal cannot read", _orderNo.Value);
            return Phrase.NothingLeftToRefund;
        }
        if (_order.Lines.All(l => l.Left == 0))
        {
            ctx.Log.Information("Refund by order {OrderNo} refused: every item is refunded already", _orderNo.Value);
            return Phrase.NothingLeftToRefund;
        }
        return null;
    }

    private void Refuse(Phrase why)
    {
        _orderNo.Reset();
        Notice(why);
    }

    private void StartPicking()
    {
        _picked = new int[_order!.Lines.Count];
        _cursor = 0;
        _typing = "";
    }

    private void Move(int by)
    {
        _cursor = Math.Clamp(_cursor + by, 0, _order!.Lines.Count - 1);
        _typing = "";
    }

    // The quantity the digits typed on this line would make (at most 4 digits).
    private int Typed(Key key)
    {
        var typing = (_typing + key.ToDigit()).TrimStart('0');
        return typing.Length == 0 ? 0 : typing.Length > 4 ? int.MaxValue : int.Parse(typing, CultureInfo.InvariantCulture);
    }

    private void Pick(Key key)
    {
        var quantity = Typed(key);
        _typing = quantity == 0 ? "" : quantity.ToString(CultureInfo.InvariantCulture);
        _picked[_cursor] = quantity;
    }

    private void TooMany()
    {
        ClearLine();
        Notice(Phrase.QuantityOverLeft);
    }

    private void ClearLine()
    {
        _typing = "";
        _picked[_cursor] = 0;
    }

    private IEnumerable<string> PickingScreen(TerminalContext ctx)
    {
        var lines = _order!.Lines;
        var first = Math.Clamp(_cursor - VisibleLines + 1, 0, Math.Max(0, lines.Count - VisibleLines));
        yield return ctx.Say(Phrase.MenuRefund);
        yield return ctx.Say(Phrase.OrderLine, OrderNo);
        yield return ctx.Say(Phrase.ChooseRefundItems);
        for (var i = first; i < Math.Min(lines.Count, first + VisibleLines); i++)
        {
            var name = RecordTexts.ShortName(lines[i].Item.Name);
            yield return (i == _cursor ? ">" : " ") + ctx.Say(Phrase.ItemPickLine, name, _picked[i], lines[i].Left);
        }
        yield return ctx.Say(Phrase.RefundAmountLine, Fen.Format(AmountFen));
    }

    private bool IsSaleCard(TerminalContext ctx, CardData card) =>
        TransactionLifecycle.Of(Sale).Pan(ctx.Options.PanProtector) == card.Pan;

    private Activity CardMismatch(TerminalContext ctx, CardData card)
    {
        UseCard(ctx, card);
        ctx.Log.Warning("Refund of order {OrderNo}: card {Card} is not the sale's {Original}", OrderNo, card.MaskedPan, Sale.MaskedPan);
        return Home.After(ctx, ctx.Say(Phrase.MenuRefund), ctx.Say(Phrase.CardMismatch));
    }

    private IEnumerable<string> ConfirmScreen(TerminalContext ctx)
    {
        yield return ctx.Say(Phrase.MenuRefund);
        yield return ctx.Say(Phrase.OrderLine, OrderNo);
        foreach (var item in _items.Take(VisibleLines - 1))
            yield return ctx.Say(Phrase.ItemLine, RecordTexts.ShortName(item.Name), item.Quantity, Fen.Format(item.AmountFen));
        if (_items.Count > VisibleLines - 1)
            yield return ctx.Say(Phrase.MoreItemsLine, _items.Count - (VisibleLines - 1));
        yield return ctx.Say(Phrase.RefundAmountLine, Fen.Format(AmountFen));
        yield return ctx.Say(Phrase.RefundMethodLine, ctx.Say(RecordTexts.MethodPhrase(_method)));
        yield return ctx.Say(Phrase.ConfirmRefund);
    }

    private void SendRefund(TerminalContext ctx)
    {
        var sale = Sale;
        var trace = ctx.Journal.NextTrace();
        var origDate = TimeZoneInfo.ConvertTime(sale.LocalTime, ctx.Options.TimeZone).ToString("MMdd", CultureInfo.InvariantCulture);
        var request = HostRequests.New(ctx, HostMessageKind.Refund, trace) with
        {
            AmountFen = AmountFen,
            Card = Card!,
            OriginalRrn = sale.Rrn,
            OriginalDate = origDate,
            RefundMethod = _method,
        };
        var record = Pending(ctx, request, TransactionType.Refund, AmountFen) with
        {
            OrigRrn = sale.Rrn,
            OrigDate = origDate,
            RefundMethod = _method,
            OrderNo = OrderNo,
            Items = _items,
            EcrRequestId = _request?.RequestId,
        };
        SendOnline(ctx, request, record);
    }
}
