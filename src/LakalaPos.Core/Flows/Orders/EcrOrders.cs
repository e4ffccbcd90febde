using LakalaPos.Core.Ecr;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Flows.Menus;
using LakalaPos.Core.Money;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows.Orders;

/// <summary>
/// Where a register request starts, at idle (spec section 12). What can be refused without the
/// cashier is refused at once, nothing sent: an order number already used for a sale, a refund of
/// an unknown order or item or of more than is left, a refund over maxRefundAmount, a void the
/// sale's state does not allow. Otherwise the request is taken on (on disk) and its flow starts:
/// a sale at the card; a refund or void behind the supervisor's password (the same lock).
/// </summary>
public static class EcrOrders
{
    public static void Start(TerminalContext ctx, EcrRequest request)
    {
        switch (request.Kind)
        {
            case EcrRequestKind.Sale:
                Sale(ctx, request);
                break;
            case EcrRequestKind.Refund:
                Refund(ctx, request);
                break;
            case EcrRequestKind.Void:
                Void(ctx, request);
                break;
            default:
                ctx.Ecr.Refuse(request, EcrReason.Invalid, $"{request.Kind} is not started at idle");
                break;
        }
    }

    private static void Sale(TerminalContext ctx, EcrRequest request)
    {
        var order = OrderState.Of(ctx.Journal, request.OrderNo);
        if (order.IsUsed)
        {
            ctx.Ecr.Refuse(request, EcrReason.OrderUsed, $"order {request.OrderNo} is used by voucher {order.Sale!.Voucher:000000} ({order.Sale.Status.ToString().ToUpperInvariant()})");
            return;
        }
        ctx.Ecr.TakeOn(request);
        ctx.Log.Information("ECR sale of order {OrderNo}: {Items} items, total {Amount}", request.OrderNo, request.Items.Count, Fen.Format(request.TotalFen));
        ctx.Go(SaleActivity.ForOrder(request));
    }

    private static void Refund(TerminalContext ctx, EcrRequest request)
    {
        var order = OrderState.Of(ctx.Journal, request.OrderNo);
        var (items, refusal, detail) = order.Refund(request.Items);
        if (items is null)
        {
            ctx.Ecr.Refuse(request, refusal, detail ?? refusal.ToString());
            return;
        }
        var amount = items.Sum(i => i.AmountFen);
        if (amount <= 0)
        {
            ctx.Ecr.Refuse(request, EcrReason.Invalid, "the items asked for cost nothing: a refund of 0.00 is not sent");
            return;
        }
        // Refunds by reference number (menu 3 → 1) carry no items: what they gave back of the
        // sale's money counts too, or the same goods could be refunded twice.
        if (RefundLimits.LeftOfSale(ctx.Journal, order) is { } left && amount > left)
        {
            ctx.Ecr.Refuse(request, EcrReason.AlreadyRefunded, $"refund {Fen.Format(amount)}: only {Fen.Format(left)} of the sale is left to refund");
            return;
        }
        if (amount > ctx.Parameters.MaxRefundFen)
        {
            ctx.Ecr.Refuse(request, EcrReason.OverLimit, $"refund {Fen.Format(amount)} is over maxRefundAmount {Fen.Format(ctx.Parameters.MaxRefundFen)}");
            return;
        }
        ctx.Ecr.TakeOn(request);
        ctx.Go(OperatorPasswordActivity.Before(ctx, OperatorRole.Supervisor, ctx.Say(Phrase.MenuRefund),
            () => OrderRefundActivity.ForRegister(request, order, items), serves: request));
    }

    private static void Void(TerminalContext ctx, EcrRequest request)
    {
        var order = OrderState.Of(ctx.Journal, request.OrderNo);
        if (order.Sale is not { } sale)
        {
            ctx.Ecr.Refuse(request, EcrReason.NoOrder, "no sale of this order");
            return;
        }
        var (found, refusal) = VoidChecks.Find(ctx, sale.Voucher);
        if (refusal is not null || found?.Id != sale.Id)
        {
            var text = refusal is null ? ctx.Say(Phrase.OriginalNotVoidable) : string.Join(" ", refusal);
            ctx.Ecr.Refuse(request, EcrReason.NotVoidable, $"voucher {sale.Voucher:000000}: {text}", text);
            return;
        }
        ctx.Ecr.TakeOn(request);
        ctx.Go(OperatorPasswordActivity.Before(ctx, OperatorRole.Supervisor, ctx.Say(Phrase.MenuVoid),
            () => VoidActivity.ForOrder(request, sale), serves: request));
    }
}
