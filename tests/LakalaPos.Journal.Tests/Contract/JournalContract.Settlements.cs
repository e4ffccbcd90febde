using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Journal.Tests.Contract;

public abstract partial class JournalContract
{
    [Fact]
    public void A_new_journal_has_no_settlement() => Journal.LastSettlement().Should().BeNull();

    [Fact]
    public void Completing_a_settlement_keeps_it_and_moves_to_the_next_batch()
    {
        Journal.CompleteSettlement(Records.Settlement(1, SettlementResult.Unbalanced));

        Journal.CurrentBatch().Should().Be(2);
        Journal.LastSettlement().Should().BeEquivalentTo(Records.Settlement(1, SettlementResult.Unbalanced));
    }

    [Fact]
    public void The_batch_after_999999_is_1()
    {
        Journal.SetBatch(999999);
        Journal.CompleteSettlement(Records.Settlement(999999));

        Journal.CurrentBatch().Should().Be(1);
    }

    [Fact]
    public void An_upload_marked_done_is_remembered_on_the_newest_settlement_of_that_batch()
    {
        Journal.CompleteSettlement(Records.Settlement(1));
        Journal.CompleteSettlement(Records.Settlement(2));

        Journal.MarkSettlementUploaded(2);

        Journal.LastSettlement()!.UploadDone.Should().BeTrue();
        Journal.LastSettlement()!.Batch.Should().Be(2);
    }

    [Fact]
    public void Marking_an_unsettled_batch_uploaded_is_refused()
    {
        var mark = () => Journal.MarkSettlementUploaded(5);

        mark.Should().Throw<KeyNotFoundException>();
    }
}
