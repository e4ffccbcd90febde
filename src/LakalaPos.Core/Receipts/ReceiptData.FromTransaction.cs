using System.Globalization;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Receipts;

public sealed partial record ReceiptData
{
    /// <summary>
    /// The receipt of a journal record: an approved sale, void or refund (a sale since voided
    /// still reprints as the sale it was). 备注 is filled from the record's original-transaction
    /// fields; a field the record lacks is left out rather than failing the print.
    /// </summary>
    /// <exception cref="ArgumentException">A balance inquiry, a transaction that was not approved, or no card number.</exception>
    public static ReceiptData FromTransaction(TransactionRecord transaction, MerchantInfo merchant, ReceiptCopy copy, ReceiptOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(merchant);
        options ??= ReceiptOptions.Default;

        if (transaction.Type == TransactionType.Balance)
            throw new ArgumentException("a balance inquiry has no receipt", nameof(transaction));
        if (transaction.Status is not (TransactionStatus.Approved or TransactionStatus.Voided))
            throw new ArgumentException(
                $"voucher {transaction.Voucher:D6} is {transaction.Status}; only an approved transaction gets a receipt", nameof(transaction));
        if (string.IsNullOrEmpty(transaction.MaskedPan))
            throw new ArgumentException($"voucher {transaction.Voucher:D6} has no card number to print", nameof(transaction));

        return new ReceiptData
        {
            Title = options.Title ?? DefaultTitle,
            Copy = copy,
            MerchantName = merchant.Name,
            MerchantNo = merchant.MerchantNo,
            TerminalNo = merchant.TerminalNo,
            OperatorNo = transaction.OperatorNo,
            MaskedPan = transaction.MaskedPan,
            EntryMode = transaction.EntryMode,
            Type = transaction.Type,
            ExpiryYyMm = transaction.ExpiryYyMm,
            Batch = transaction.Batch,
            Voucher = transaction.Voucher,
            AuthCode = transaction.AuthCode,
            ReferenceNo = transaction.Rrn,
            LocalTime = transaction.LocalTime,
            AmountFen = Math.Abs(transaction.AmountFen),
            NegativeSignOnCredits = options.NegativeSignOnCredits,
            OrderNo = transaction.OrderNo,
            Items = transaction.OrderNo is null ? null : transaction.Items,
            Remarks = RemarksOf(transaction),
            Reprint = options.Reprint,
            TestProfile = options.TestProfile,
        };
    }

    private static List<string> RemarksOf(TransactionRecord transaction)
    {
        var remarks = new List<string>();
        switch (transaction.Type)
        {
            case TransactionType.Void:
                if (transaction.OrigVoucher is { } origVoucher)
                    remarks.Add($"原凭证号:{origVoucher:D6}");
                if (transaction.Reason is { } reason)
                    remarks.Add($"撤销原因:{ReceiptTexts.VoidReason(reason)}");
                break;
            case TransactionType.Refund:
                if (!string.IsNullOrEmpty(transaction.OrigRrn))
                    remarks.Add($"原参考号:{transaction.OrigRrn}");
                if (!string.IsNullOrEmpty(transaction.OrigDate))
                    remarks.Add($"原交易日期:{FormatMonthDay(transaction.OrigDate)}");
                if (transaction.RefundMethod is { } method)
                    remarks.Add($"退款方式:{ReceiptTexts.RefundMethodName(method)}");
                break;
        }
        return remarks;
    }

    // MMDD as entered at "请输入原交易日期" prints as MM/DD; anything else prints as it is.
    private static string FormatMonthDay(string mmdd) =>
        mmdd.Length == 4 && mmdd.All(char.IsAsciiDigit)
            ? string.Create(CultureInfo.InvariantCulture, $"{mmdd[..2]}/{mmdd[2..]}")
            : mmdd;
}
