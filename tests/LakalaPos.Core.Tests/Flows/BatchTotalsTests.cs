using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

public class BatchTotalsTests
{
    private static TransactionRecord Txn(TransactionType type, TransactionStatus status, long fen) => new()
    {
        Type = type,
        Status = status,
        Voucher = 1,
        Batch = 1,
        AmountFen = fen,
        OperatorNo = "01",
        LocalTime = DateTimeOffset.UnixEpoch,
    };

    private static readonly TransactionRecord[] Batch =
    [
        Txn(TransactionType.Sale, TransactionStatus.Approved, 10000),
        Txn(TransactionType.Sale, TransactionStatus.Voided, 2000),
        Txn(TransactionType.Void, TransactionStatus.Approved, 2000),
        Txn(TransactionType.Refund, TransactionStatus.Approved, 500),
        Txn(TransactionType.Sale, TransactionStatus.Declined, 99900),
        Txn(TransactionType.Sale, TransactionStatus.Reversed, 7700),
        Txn(TransactionType.Refund, TransactionStatus.Unknown, 300),
        Txn(TransactionType.Balance, TransactionStatus.Approved, 0),
    ];

    [Fact]
    public void The_slip_counts_every_approved_sale_void_and_refund()
    {
        var totals = BatchTotals.Of(Batch);

        (totals.SaleCount, totals.SaleFen).Should().Be((2, 12000));
        (totals.VoidCount, totals.VoidFen).Should().Be((1, 2000));
        (totals.RefundCount, totals.RefundFen).Should().Be((1, 500));
    }

    [Fact]
    public void The_host_is_told_the_sales_that_stand_as_debits_and_the_refunds_as_credits() =>
        BatchTotals.Of(Batch).ForHost.Should().Be(new SettlementTotals(10000, 1, 500, 1));

    [Fact]
    public void An_empty_batch_is_all_zeros() =>
        BatchTotals.Of([]).ForHost.Should().Be(new SettlementTotals(0, 0, 0, 0));
}
