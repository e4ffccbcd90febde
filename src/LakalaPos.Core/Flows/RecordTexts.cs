using System.Globalization;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>How journal records read on the screen (交易查询): local data only, cards masked.</summary>
public static class RecordTexts
{
    public static Phrase StatusName(TransactionStatus status) => status switch
    {
        TransactionStatus.Approved => Phrase.StatusApproved,
        TransactionStatus.Declined => Phrase.StatusDeclined,
        TransactionStatus.Voided => Phrase.StatusVoided,
        TransactionStatus.Reversed => Phrase.StatusReversed,
        TransactionStatus.Pending => Phrase.StatusPending,
        _ => Phrase.StatusUnknown,
    };

    public static Phrase TypeName(TransactionType type) => type switch
    {
        TransactionType.Sale => Phrase.MenuSale,
        TransactionType.Void => Phrase.MenuVoid,
        TransactionType.Refund => Phrase.MenuRefund,
        _ => Phrase.MenuBalance,
    };

    /// <summary>退款方式 as the screen names it; the receipt keeps its own (<see cref="Receipts.ReceiptTexts.RefundMethodName"/>).</summary>
    public static Phrase MethodPhrase(RefundMethod method) => method switch
    {
        RefundMethod.Original => Phrase.RefundToOriginal,
        RefundMethod.Balance => Phrase.RefundToBalance,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown refund method"),
    };

    public static IEnumerable<string> Detail(TerminalContext ctx, TransactionRecord txn)
    {
        yield return $"{ctx.Say(TypeName(txn.Type))} {ctx.Say(StatusName(txn.Status))}";
        yield return ctx.Say(Phrase.VoucherLine, Voucher(txn.Voucher));
        if (txn.MaskedPan is not null)
            yield return ctx.Say(Phrase.CardLine, txn.MaskedPan);
        yield return ctx.Say(Phrase.AmountLine, Fen.Format(txn.AmountFen));
        yield return ctx.Say(Phrase.TimeLine, Local(ctx, txn, "yyyy-MM-dd HH:mm"));
        if (txn.Type == TransactionType.Void && txn.OrigVoucher is { } orig)
            yield return ctx.Say(Phrase.OrigVoucherLine, Voucher(orig));
        foreach (var line in OrderLines(ctx, txn))
            yield return line;
    }

    /// <summary>
    /// A record of an order: its number, then a sale's items with what was refunded of each
    /// ("可乐 x2 已退1"), or a refund's items given back ("可乐 x1 3.50").
    /// </summary>
    public static IEnumerable<string> OrderLines(TerminalContext ctx, TransactionRecord txn)
    {
        if (txn.OrderNo is not { } orderNo)
            yield break;
        yield return ctx.Say(Phrase.OrderLine, orderNo);
        if (txn.Type == TransactionType.Sale)
        {
            foreach (var line in Ecr.OrderState.Of(orderNo, ctx.Journal.ListByOrder(orderNo)).Lines)
                yield return ctx.Say(Phrase.OrderItemStatusLine, ShortName(line.Item.Name), line.Item.Quantity, line.Refunded);
            yield break;
        }
        foreach (var item in txn.Items ?? [])
            yield return ctx.Say(Phrase.ItemLine, ShortName(item.Name), item.Quantity, Fen.Format(item.AmountFen));
    }

    /// <summary>An item's name cut to what fits a screen line beside its numbers (14 columns).</summary>
    public static string ShortName(string name) => Text.DisplayWidth.Wrap(name, 14)[0];

    /// <summary>A row the software cannot read: its voucher, and that it is not counted or printed.</summary>
    public static IEnumerable<string> Unreadable(TerminalContext ctx, UnreadableRecord row)
    {
        yield return ctx.Say(Phrase.UnknownRecord);
        yield return ctx.Say(Phrase.VoucherLine, Voucher(row.Voucher));
        yield return ctx.Say(Phrase.UnreadableNotCounted);
    }

    /// <summary>A refund as 退货记录 shows it: status, original reference, amount, method.</summary>
    public static IEnumerable<string> Refund(TerminalContext ctx, TransactionRecord txn)
    {
        yield return ctx.Say(Phrase.StatusLine, ctx.Say(StatusName(txn.Status)));
        yield return ctx.Say(Phrase.OrigRrnLine, txn.OrigRrn ?? "");
        yield return ctx.Say(Phrase.AmountLine, Fen.Format(txn.AmountFen));
        if (txn.RefundMethod is { } method)
            yield return ctx.Say(Phrase.RefundMethodLine, ctx.Say(MethodPhrase(method)));
        yield return ctx.Say(Phrase.VoucherLine, $"{Voucher(txn.Voucher)} {Local(ctx, txn, "MM-dd HH:mm")}");
    }

    private static string Voucher(int voucher) => voucher.ToString("000000", CultureInfo.InvariantCulture);

    private static string Local(TerminalContext ctx, TransactionRecord txn, string format) =>
        TimeZoneInfo.ConvertTime(txn.LocalTime, ctx.Options.TimeZone).ToString(format, CultureInfo.InvariantCulture);
}
