using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Receipts;

namespace LakalaPos.Core.Tests.Receipts;

/// <summary>Journal records and merchants as the engine would hand them to the receipt code.</summary>
internal static class ReceiptSamples
{
    public static readonly MerchantInfo Merchant = new("拉卡拉测试商户", "898100012340001", "10000001");

    public static readonly MerchantInfo LongNamedMerchant =
        new("北京拉卡拉网络技术有限公司朝阳门外大街第一分店(测试专用)", "898100012340001", "10000001");

    public static TransactionRecord Sale() => new()
    {
        Id = 7,
        Type = TransactionType.Sale,
        Status = TransactionStatus.Approved,
        Voucher = 12,
        Batch = 1,
        AmountFen = 12345,
        OperatorNo = "01",
        LocalTime = new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(8)),
        MaskedPan = "622202*********3446",
        ExpiryYyMm = "2912",
        EntryMode = EntryMode.Insert,
        PinEntered = true,
        ResponseCode = "00",
        Rrn = "250314092653",
        AuthCode = "A1B2C3",
    };

    public static TransactionRecord Void() => Sale() with
    {
        Type = TransactionType.Void,
        Voucher = 13,
        Rrn = "250314101500",
        AuthCode = "D4E5F6",
        OrigVoucher = 12,
        OrigBatch = 1,
        OrigRrn = "250314092653",
        OrigAuthCode = "A1B2C3",
        Reason = 2,
    };

    public static TransactionRecord Refund() => Sale() with
    {
        Type = TransactionType.Refund,
        Voucher = 14,
        AmountFen = 5000,
        MaskedPan = "625807******5673",
        EntryMode = EntryMode.Swipe,
        ExpiryYyMm = "2811",
        Rrn = "250314111111",
        AuthCode = null,
        OrigRrn = "250301080000",
        OrigDate = "0301",
        RefundMethod = RefundMethod.Balance,
    };

    public static IReadOnlyList<string> Render(TransactionRecord transaction, ReceiptCopy copy, int columns,
        ReceiptOptions? options = null, MerchantInfo? merchant = null) =>
        ReceiptRenderer.Render(
            ReceiptBuilder.Build(ReceiptData.FromTransaction(transaction, merchant ?? Merchant, copy, options)), columns);

    public static string RenderText(TransactionRecord transaction, ReceiptCopy copy, int columns, ReceiptOptions? options = null) =>
        string.Join('\n', Render(transaction, copy, columns, options));
}
