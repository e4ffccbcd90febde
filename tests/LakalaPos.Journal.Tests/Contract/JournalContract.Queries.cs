using FluentAssertions;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests.Contract;

public abstract partial class JournalContract
{
    [Fact]
    public void An_empty_journal_finds_nothing()
    {
        Journal.Last().Should().BeNull();
        Journal.Find(1).Should().BeNull();
        Journal.FindByVoucher(1).Should().BeNull();
        Journal.FindByVoucher(1, 1).Should().BeNull();
        Journal.ListBatch(1).Should().BeEmpty();
        Journal.PendingReversals().Should().BeEmpty();
        Journal.ListPending().Should().BeEmpty();
    }

    [Fact]
    public void FindByVoucher_with_a_batch_finds_the_record_of_that_batch_only()
    {
        var inBatch1 = Insert(Records.Sale(7, batch: 1));
        var inBatch2 = Insert(Records.Sale(7, batch: 2));

        Journal.FindByVoucher(7, 1).Should().BeEquivalentTo(inBatch1);
        Journal.FindByVoucher(7, 2).Should().BeEquivalentTo(inBatch2);
        Journal.FindByVoucher(7, 3).Should().BeNull();
        Journal.FindByVoucher(8, 1).Should().BeNull();
    }

    [Fact]
    public void FindByVoucher_without_a_batch_returns_the_newest_record_with_that_voucher()
    {
        Insert(Records.Sale(7, batch: 2));
        var newest = Insert(Records.Sale(7, batch: 1));

        Journal.FindByVoucher(7).Should().BeEquivalentTo(newest);
    }

    [Fact]
    public void FindByVoucher_in_a_batch_returns_the_newest_when_a_voucher_repeats_after_the_trace_wrapped()
    {
        Insert(Records.Sale(3, amountFen: 100));
        var newest = Insert(Records.Sale(3, amountFen: 200));

        Journal.FindByVoucher(3, 1)!.AmountFen.Should().Be(200);
        Journal.FindByVoucher(3)!.Id.Should().Be(newest.Id);
    }

    [Fact]
    public void Newest_means_written_last_not_the_latest_local_time()
    {
        Insert(Records.Sale(1) with { LocalTime = Records.Morning.AddHours(5) });
        var writtenLast = Insert(Records.Sale(2) with { LocalTime = Records.Morning });

        Journal.Last()!.Id.Should().Be(writtenLast.Id);
    }

    [Fact]
    public void Last_returns_the_newest_record_in_any_batch_and_sees_updates()
    {
        Insert(Records.Sale(1, batch: 1));
        var last = Insert(Records.Sale(2, batch: 2));
        var printed = Journal.Write("printed", last with { PrintedCopies = 1 }).Single();

        Journal.Last().Should().BeEquivalentTo(printed);
    }

    [Fact]
    public void ListBatch_returns_only_that_batch_newest_first()
    {
        var first = Insert(Records.Sale(1, batch: 1));
        Insert(Records.Sale(2, batch: 2));
        var third = Insert(Records.Sale(3, batch: 1));

        Journal.ListBatch(1).Select(r => r.Id).Should().Equal(third.Id, first.Id);
        Journal.ListBatch(2).Should().ContainSingle().Which.Voucher.Should().Be(2);
        Journal.ListBatch(3).Should().BeEmpty();
    }

    [Fact]
    public void FindByRrn_returns_the_newest_record_with_that_reference_number()
    {
        Insert(Records.Sale(1) with { Rrn = "261122000001" });
        var newer = Insert(Records.Sale(2, batch: 2) with { Rrn = "261122000001" });
        Insert(Records.Sale(3) with { Rrn = "261122000003" });

        Journal.FindByRrn("261122000001")!.Id.Should().Be(newer.Id);
        Journal.FindByRrn("999999999999").Should().BeNull();
    }

    [Fact]
    public void ListByOrigRrn_returns_what_refers_to_an_original_oldest_first()
    {
        Insert(Records.Sale(1) with { Rrn = "261122000001" });
        var firstRefund = Insert(Records.Sale(2) with { Type = TransactionType.Refund, OrigRrn = "261122000001" });
        Insert(Records.Sale(3) with { Type = TransactionType.Refund, OrigRrn = "261122000099" });
        var secondRefund = Insert(Records.Sale(4, batch: 2) with { Type = TransactionType.Refund, OrigRrn = "261122000001" });

        Journal.ListByOrigRrn("261122000001").Select(r => r.Id).Should().Equal(firstRefund.Id, secondRefund.Id);
    }

    [Fact]
    public void ListByType_returns_the_newest_of_a_type_in_any_batch_up_to_the_limit()
    {
        var oldRefund = Insert(Records.Sale(1, batch: 1) with { Type = TransactionType.Refund });
        Insert(Records.Sale(2));
        var midRefund = Insert(Records.Sale(3, batch: 2) with { Type = TransactionType.Refund });
        var newRefund = Insert(Records.Sale(4, batch: 2) with { Type = TransactionType.Refund });

        Journal.ListByType(TransactionType.Refund, 10).Select(r => r.Id).Should().Equal(newRefund.Id, midRefund.Id, oldRefund.Id);
        Journal.ListByType(TransactionType.Refund, 2).Select(r => r.Id).Should().Equal(newRefund.Id, midRefund.Id);
    }

    [Fact]
    public void PendingReversals_are_the_armed_and_due_records_oldest_first()
    {
        var due = Insert(Records.Sale(1, status: TransactionStatus.Pending, reversal: ReversalState.Due));
        Insert(Records.Sale(2, reversal: ReversalState.None));
        var armed = Insert(Records.Sale(3, status: TransactionStatus.Pending, reversal: ReversalState.Armed));
        Insert(Records.Sale(4, status: TransactionStatus.Reversed, reversal: ReversalState.Done));
        Insert(Records.Sale(5, status: TransactionStatus.Pending, reversal: ReversalState.Failed));
        var dueInOldBatch = Insert(Records.Sale(6, batch: 9, status: TransactionStatus.Pending, reversal: ReversalState.Due));

        Journal.PendingReversals().Select(r => r.Id).Should().Equal(due.Id, armed.Id, dueInOldBatch.Id);
    }

    [Fact]
    public void A_reversal_that_is_done_leaves_the_pending_reversals()
    {
        var armed = Insert(Records.Sale(1, status: TransactionStatus.Pending, reversal: ReversalState.Armed));

        Journal.Write("reversed", armed with { Status = TransactionStatus.Reversed, ReversalState = ReversalState.Done });

        Journal.PendingReversals().Should().BeEmpty();
    }

    [Fact]
    public void ListPending_returns_records_still_pending_oldest_first()
    {
        var refund = Insert(Records.Sale(1, status: TransactionStatus.Pending) with { Type = TransactionType.Refund });
        Insert(Records.Sale(2, status: TransactionStatus.Approved));
        Insert(Records.Sale(3, status: TransactionStatus.Unknown));
        var sale = Insert(Records.Sale(4, status: TransactionStatus.Pending, reversal: ReversalState.Armed));

        Journal.ListPending().Select(r => r.Id).Should().Equal(refund.Id, sale.Id);
    }
}
