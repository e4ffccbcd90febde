using System.Globalization;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Receipts;

/// <summary>
/// The slip printed when a reversal (冲正) ran out of retries (spec section 6): it tells the
/// merchant which transaction is in doubt and to call support. It is not a voucher and says so
/// at both ends, and it carries no signature line and no copy name.
/// </summary>
public static class FaultSlipBuilder
{
    public const string Title = "冲正失败 REVERSAL FAILED";
    public const string NotAVoucher = "非交易凭证 NOT A VOUCHER";
    public const string Advice = "冲正失败,请联系客服";

    /// <summary>The problem line of a reversal that could not even be built.</summary>
    public const string CardDataUnreadable = "卡数据无法读取,冲正未发送 CARD DATA UNREADABLE, NOT SENT";

    public static Receipt Build(TransactionRecord transaction, MerchantInfo merchant, DateTimeOffset printedAt, bool testProfile = false, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(merchant);

        var lines = new List<ReceiptLine>
        {
            new CenteredLine(Title),
            new CenteredLine(NotAVoucher),
        };
        if (testProfile)
            lines.Add(new CenteredLine(ReceiptTexts.TestMarker));

        lines.Add(new SeparatorLine());
        lines.Add(new FieldLine(ReceiptLabels.MerchantName, merchant.Name));
        lines.Add(new FieldLine(ReceiptLabels.MerchantNo, merchant.MerchantNo));
        lines.Add(new FieldLine(ReceiptLabels.TerminalNo, merchant.TerminalNo));
        lines.Add(new FieldLine(ReceiptLabels.OperatorNo, transaction.OperatorNo));

        lines.Add(new SeparatorLine());
        if (!string.IsNullOrEmpty(transaction.MaskedPan) && IsMasked(transaction.MaskedPan))
        {
            lines.Add(new FieldLine(ReceiptLabels.CardNo,
                ReceiptFormats.CardNumber(transaction.MaskedPan, transaction.EntryMode), ValueOnOwnLine: true));
        }
        lines.Add(new FieldLine(ReceiptLabels.TransactionType, ReceiptTexts.TypeName(transaction.Type)));
        lines.Add(new FieldLine(ReceiptLabels.BatchNo, ReceiptFormats.SixDigits(transaction.Batch)));
        lines.Add(new FieldLine(ReceiptLabels.VoucherNo, ReceiptFormats.SixDigits(transaction.Voucher)));
        lines.Add(new FieldLine(ReceiptLabels.DateTime, ReceiptFormats.Timestamp(transaction.LocalTime)));
        lines.Add(new FieldLine(ReceiptLabels.Amount, ReceiptFormats.Amount(transaction.AmountFen, negative: false), ValueOnOwnLine: true));
        lines.Add(new FieldLine("冲正原因 REASON", ReasonText(transaction.ReversalReason)));
        lines.Add(new FieldLine("冲正次数 ATTEMPTS", transaction.ReversalAttempts.ToString(CultureInfo.InvariantCulture)));
        if (problem is not null)
            lines.Add(new TextLine(problem));

        lines.Add(new SeparatorLine());
        lines.Add(new TextLine(Advice));
        lines.Add(new FieldLine("打印时间 PRINTED", ReceiptFormats.Timestamp(printedAt)));
        lines.Add(new CenteredLine(NotAVoucher));
        return new Receipt(lines);
    }

    private static string ReasonText(string? code) => code switch
    {
        null or "" => "",
        "98" => "98 交易超时",
        "A0" => "A0 MAC校验错",
        "06" => "06 终端异常",
        _ => code,
    };

    // A slip is no place to discover an unmasked card number: leave the line out instead.
    private static bool IsMasked(string pan) => pan.Count(char.IsAsciiDigit) <= 10;
}
