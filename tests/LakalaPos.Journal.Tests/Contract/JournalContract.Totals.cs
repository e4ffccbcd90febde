using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests.Contract;

public abstract partial class JournalContract
{
    [Fact]
    public void Totals_of_a_batch_mixing_every_type_and_status_equal_BatchTotals_Of_its_records()
    {
        // Every type with every status, each with its own amount, plus records of another batch.
        var voucher = 0;
        foreach (var type in Enum.GetValues<TransactionType>())
        {
            foreach (var status in Enum.GetValues<TransactionStatus>())
            {
                voucher++;
                Insert(Records.Sale(voucher, amountFen: 1_000 * voucher + 7) with { Type = type, Status = status });
                Insert(Records.Sale(100 + voucher, batch: 2, amountFen: 5) with { Type = type, Status = status });
            }
        }
        Insert(Records.Sale(99, amountFen: 1) with { Type = TransactionType.Refund, Status = TransactionStatus.Unknown });

        var totals = Journal.Totals(1);

        totals.Should().Be(BatchTotals.Of(Journal.ListBatch(1)));
        // By hand: sales approved and voided; voids and refunds approved only; a refund Unknown not at all.
        var statuses = Enum.GetValues<TransactionStatus>().ToList();
        long Fen(TransactionType type, TransactionStatus status) =>
            1_000 * (((int)type * statuses.Count) + statuses.IndexOf(status) + 1) + 7;
        totals.SaleCount.Should().Be(2);
        totals.SaleFen.Should().Be(Fen(TransactionType.Sale, TransactionStatus.Approved) + Fen(TransactionType.Sale, TransactionStatus.Voided));
        totals.StandingSaleCount.Should().Be(1);
        totals.StandingSaleFen.Should().Be(Fen(TransactionType.Sale, TransactionStatus.Approved));
        totals.VoidCount.Should().Be(1);
        totals.VoidFen.Should().Be(Fen(TransactionType.Void, TransactionStatus.Approved));
        totals.RefundCount.Should().Be(1);
        totals.RefundFen.Should().Be(Fen(TransactionType.Refund, TransactionStatus.Approved));
        Journal.Totals(2).Should().Be(BatchTotals.Of(Journal.ListBatch(2)));
    }

    [Fact]
    public void Totals_of_an_empty_batch_are_zero()
    {
        Insert(Records.Sale(1, batch: 2));

        Journal.Totals(1).Should().Be(BatchTotals.Of([]));
    }
}
