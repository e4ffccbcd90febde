using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Security;
using LakalaPos.Core.Tests.Support;

namespace LakalaPos.Core.Tests.Journal;

/// <summary>Requests and the journal records of each stage of a transaction's life, made the way the flows make them.</summary>
internal static class LifecycleSamples
{
    public const string Pan = "6222021234567893446";
    public static readonly byte[] Icc = [0x9F, 0x26, 0x08, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08];
    public static readonly PanProtector Protector = TestTerminal.Protector;
    public static readonly DateTimeOffset At = new(2026, 3, 14, 9, 30, 0, TimeSpan.FromHours(8));

    public static CardData ChipCard() => new(Pan, "2912", EntryMode.Insert, cardSequence: "001", iccData: Icc);

    public static HostRequest Request(HostMessageKind kind, int trace = 12) => new()
    {
        Kind = kind,
        Trace = trace,
        Batch = 3,
        LocalTime = At,
        TerminalId = "10000001",
        MerchantId = "898100012340001",
        AmountFen = 12345,
        Card = ChipCard(),
        Pin = new SecretDigits("123456"),
    };

    public static TransactionRecord Pending(TransactionType type, int trace = 12) =>
        TransactionLifecycle.Begin(Request(KindOf(type), trace), type, 12345, "01", Protector) with { Id = trace };

    public static TransactionRecord PendingSale() => Pending(TransactionType.Sale);

    public static TransactionRecord PendingRefund() => Pending(TransactionType.Refund) with
    {
        OrigRrn = "250314092653",
        OrigDate = "0314",
        RefundMethod = RefundMethod.Original,
    };

    public static TransactionRecord ApprovedSale() => Of(PendingSale()).Approved(Approval);

    public static TransactionRecord DeclinedSale() => Of(PendingSale()).Declined(Answer("51"));

    public static TransactionRecord SaleReversalDue(string reason = ReversalReasons.Timeout) => Of(PendingSale()).ReversalDue(reason);

    /// <summary>The void of <see cref="ApprovedSale"/>, pending, as VoidActivity writes it.</summary>
    public static TransactionRecord PendingVoid()
    {
        var sale = ApprovedSale();
        return Pending(TransactionType.Void, trace: 13) with
        {
            OrigVoucher = sale.Voucher,
            OrigBatch = sale.Batch,
            OrigRrn = sale.Rrn,
            OrigAuthCode = sale.AuthCode,
            Reason = 1,
        };
    }

    public static readonly HostResponse Approval = new() { ResponseCode = "00", Rrn = "260314093000", AuthCode = "A1B2C3", BalanceFen = 500 };

    public static HostResponse Answer(string code) => new() { ResponseCode = code, Rrn = "260314093000" };

    public static TransactionLifecycle Of(TransactionRecord record) => TransactionLifecycle.Of(record);

    private static HostMessageKind KindOf(TransactionType type) => type switch
    {
        TransactionType.Sale => HostMessageKind.Sale,
        TransactionType.Void => HostMessageKind.Void,
        TransactionType.Refund => HostMessageKind.Refund,
        _ => HostMessageKind.BalanceInquiry,
    };
}
