using LakalaPos.Core.Journal;

namespace LakalaPos.Replay.Tests.Fakes;

public static class Records
{
    public static TransactionRecord Sale(int voucher, long amountFen = 10000, TransactionStatus status = TransactionStatus.Approved) => new()
    {
        Type = TransactionType.Sale,
        Status = status,
        Voucher = voucher,
        Batch = 1,
        AmountFen = amountFen,
        OperatorNo = "01",
        LocalTime = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)),
        MaskedPan = "622202*********3446",
        ResponseCode = status == TransactionStatus.Approved ? "00" : "51",
        Rrn = status == TransactionStatus.Approved ? "123456789012" : null,
        AuthCode = status == TransactionStatus.Approved ? "A1B2C3" : null,
    };
}
