using LakalaPos.Core.Ecr;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;

namespace LakalaPos.Journal.Tests.Support;

/// <summary>Transaction records for tests. The card is the spec's "debit" test card.</summary>
public static class Records
{
    public const string TestPan = "6222020200112233446";
    public const string TestPanMasked = "622202*********3446";

    /// <summary>Stand-in ciphertext: what the crypto layer would hand over. It shares no digits with the PAN.</summary>
    public static readonly byte[] TestPanCipher = [0x9C, 0x41, 0x07, 0xE3, 0x5A, 0xB8, 0x12, 0xFD, 0x66, 0x0B, 0xC4, 0x3E, 0x71, 0xA9, 0xD0, 0x2F];

    public static readonly DateTimeOffset Morning = new(2025, 3, 14, 9, 30, 15, TimeSpan.FromHours(8));

    public static TransactionRecord Sale(
        int voucher,
        int batch = 1,
        TransactionStatus status = TransactionStatus.Approved,
        ReversalState reversal = ReversalState.None,
        long amountFen = 12_34) => new()
        {
            Type = TransactionType.Sale,
            Status = status,
            Voucher = voucher,
            Batch = batch,
            AmountFen = amountFen,
            OperatorNo = "01",
            LocalTime = Morning.AddMinutes(voucher),
            MaskedPan = TestPanMasked,
            EncryptedPan = TestPanCipher,
            ExpiryYyMm = "2912",
            EntryMode = EntryMode.Insert,
            ReversalState = reversal,
        };

    /// <summary>A settled batch with sales, a void and a refund.</summary>
    public static SettlementRecord Settlement(int batch, SettlementResult result = SettlementResult.Balanced) => new()
    {
        Batch = batch,
        LocalTime = new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.FromHours(8)),
        OperatorNo = "01",
        SaleFen = 30000,
        SaleCount = 3,
        VoidFen = 10000,
        VoidCount = 1,
        RefundFen = 2500,
        RefundCount = 1,
        Result = result,
    };

    /// <summary>A record in which every property differs from its default, so a lost column cannot hide.</summary>
    public static TransactionRecord EveryFieldSet() => new()
    {
        Id = 0,
        Type = TransactionType.Refund,
        Status = TransactionStatus.Unknown,
        Voucher = 654_321,
        Batch = 42,
        AmountFen = 9_876_543_210,
        OperatorNo = "07",
        LocalTime = new DateTimeOffset(2025, 12, 31, 23, 59, 58, TimeSpan.FromHours(8)).AddTicks(1_234_567),
        MaskedPan = TestPanMasked,
        EncryptedPan = TestPanCipher,
        ExpiryYyMm = "2912",
        EntryMode = EntryMode.Tap,
        PinEntered = true,
        ResponseCode = "A0",
        Rrn = "123456789012",
        AuthCode = "AB12CD",
        BalanceFen = -15_00,
        OrigVoucher = 111,
        OrigBatch = 41,
        OrigRrn = "210987654321",
        OrigAuthCode = "ZX9876",
        OrigDate = "1230",
        Reason = 6,
        RefundMethod = RefundMethod.Balance,
        ReversalState = ReversalState.Failed,
        ReversalReason = "98",
        ReversalAttempts = 3,
        PrintedCopies = 2,
        CardSequence = "001",
        EncryptedIccData = [0x51, 0x0A, 0xE2, 0x7C, 0x33, 0x90, 0x18, 0x6D],
        OrderNo = "A-1001_x.7",
        Items = [new OrderItem("可口可乐 330ml", 2, 350), new OrderItem("Bread", 1, 0)],
        EcrRequestId = "REQ-0042",
    };

    /// <summary>An order's three items: 2 × 3.50 + 1 × 12.00 + 3 × 0.99 = 21.97.</summary>
    public static IReadOnlyList<OrderItem> OrderItems { get; } =
        [new OrderItem("可口可乐 330ml", 2, 350), new OrderItem("全麦面包", 1, 1200), new OrderItem("Chewing gum", 3, 99)];

    /// <summary>An approved sale of register order <paramref name="orderNo"/> with <see cref="OrderItems"/>.</summary>
    public static TransactionRecord OrderSale(int voucher, string orderNo = "A1001", string requestId = "R1") =>
        Sale(voucher, amountFen: 21_97) with { OrderNo = orderNo, Items = OrderItems, EcrRequestId = requestId };

    /// <summary>An approved refund of register order <paramref name="orderNo"/> giving back one bottle of cola.</summary>
    public static TransactionRecord OrderRefund(int voucher, string orderNo = "A1001", string requestId = "R2") =>
        Sale(voucher, amountFen: 3_50) with
        {
            Type = TransactionType.Refund,
            OrderNo = orderNo,
            Items = [new OrderItem("可口可乐 330ml", 1, 350)],
            EcrRequestId = requestId,
            OrigRrn = "000000000001",
        };
}
