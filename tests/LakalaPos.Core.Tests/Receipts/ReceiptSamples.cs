using LakalaPos.Core.Ecr;
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

    /// <summary>A register order's three items: 2 × 3.50 + 1 × 12.00 + 3 × 0.99 = 21.97.</summary>
    public static IReadOnlyList<OrderItem> OrderItems { get; } =
        [new OrderItem("可口可乐 330ml", 2, 350), new OrderItem("全麦面包", 1, 1200), new OrderItem("Chewing gum", 3, 99)];

    /// <summary>The longest item name a register may send: 40 Chinese characters, 80 columns.</summary>
    public static readonly string LongestChineseName = string.Concat(Enumerable.Repeat("进口有机特级初榨橄榄油", 4))[..40];

    public static TransactionRecord OrderSale() => Sale() with { AmountFen = 21_97, OrderNo = "A1001", Items = OrderItems, EcrRequestId = "R1" };

    /// <summary>A refund of order A1001 taking back one bottle of cola and the gum.</summary>
    public static TransactionRecord OrderRefund() => Refund() with
    {
        AmountFen = 6_47,
        OrderNo = "A1001",
        Items = [new OrderItem("可口可乐 330ml", 1, 350), new OrderItem("Chewing gum", 3, 99)],
        EcrRequestId = "R2",
    };

    /// <summary>An order at the limits of the register's rules: a 32-character order number, the longest names, the largest quantity and price.</summary>
    public static TransactionRecord LargestOrderSale() => Sale() with
    {
        AmountFen = 999_899_990_002,
        OrderNo = new string('9', EcrRequestRules.MaxIdLength),
        Items =
        [
            new OrderItem(LongestChineseName, EcrRequestRules.MaxQuantity, EcrRequestRules.MaxUnitPriceFen),
            new OrderItem(new string('W', EcrRequestRules.MaxNameLength), 1, 1),
            new OrderItem("Extra virgin olive oil 1L, imported, 40c", 1, 0),
        ],
    };

    public static IReadOnlyList<string> Render(TransactionRecord transaction, ReceiptCopy copy, int columns,
        ReceiptOptions? options = null, MerchantInfo? merchant = null) =>
        ReceiptRenderer.Render(
            ReceiptBuilder.Build(ReceiptData.FromTransaction(transaction, merchant ?? Merchant, copy, options)), columns);

    public static string RenderText(TransactionRecord transaction, ReceiptCopy copy, int columns, ReceiptOptions? options = null) =>
        string.Join('\n', Render(transaction, copy, columns, options));
}
