using LakalaPos.Core.Engine;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Money;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>How journal records read on the screen (交易查询): local data only, cards masked.</summary>
public static class RecordTexts
{
    public static string StatusName(TransactionStatus status) => status switch
    {
        TransactionStatus.Approved => "成功",
        TransactionStatus.Declined => "失败",
        TransactionStatus.Voided => "已撤销",
        TransactionStatus.Reversed => "已冲正",
        TransactionStatus.Pending => "处理中",
        _ => "状态未知",
    };

    public static string TypeName(TransactionType type) => type switch
    {
        TransactionType.Sale => "消费",
        TransactionType.Void => "消费撤销",
        TransactionType.Refund => "退货",
        _ => "余额查询",
    };

    public static IEnumerable<string> Detail(TerminalContext ctx, TransactionRecord txn)
    {
        yield return $"{TypeName(txn.Type)} {StatusName(txn.Status)}";
        yield return $"凭证号 {txn.Voucher:000000}";
        if (txn.MaskedPan is not null)
            yield return $"卡号 {txn.MaskedPan}";
        yield return $"金额 {Fen.Format(txn.AmountFen)}";
        yield return $"时间 {TimeZoneInfo.ConvertTime(txn.LocalTime, ctx.Options.TimeZone):yyyy-MM-dd HH:mm}";
        if (txn.Type == TransactionType.Void && txn.OrigVoucher is { } orig)
            yield return $"原凭证号 {orig:000000}";
    }

    /// <summary>A row the software cannot read: its voucher, and that it is not counted or printed.</summary>
    public static IEnumerable<string> Unreadable(UnreadableRecord row)
    {
        yield return Prompts.UnknownRecord;
        yield return $"凭证号 {row.Voucher:000000}";
        yield return "无法识别,不计入汇总";
    }

    /// <summary>A refund as 退货记录 shows it: status, original reference, amount, method.</summary>
    public static IEnumerable<string> Refund(TerminalContext ctx, TransactionRecord txn)
    {
        yield return $"状态 {StatusName(txn.Status)}";
        yield return $"原参考号 {txn.OrigRrn}";
        yield return $"金额 {Fen.Format(txn.AmountFen)}";
        if (txn.RefundMethod is { } method)
            yield return $"退款方式 {ReceiptTexts.RefundMethodName(method)}";
        yield return $"凭证号 {txn.Voucher:000000} {TimeZoneInfo.ConvertTime(txn.LocalTime, ctx.Options.TimeZone):MM-dd HH:mm}";
    }
}
