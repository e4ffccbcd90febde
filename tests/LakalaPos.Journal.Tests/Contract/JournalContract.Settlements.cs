using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using Xunit;

namespace LakalaPos.Journal.Tests.Contract;

public abstract partial class JournalContract
{
    private static SettlementRecord Settlement(int batch, SettlementResult result = SettlementResult.Balanced) => new()
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

    [Fact]
    public void A_new_journal_has_no_settlement() => Journal.LastSettlement().Should().BeNull();

    [Fact]
    public void Completing_a_settlement_keeps_it_and_moves_to_the_next_batch()
    {
        Journal.CompleteSettlement(Settlement(1, SettlementResult.Unbalanced));

        Journal.CurrentBatch().Should().Be(2);
        Journal.LastSettlement().Should().BeEquivalentTo(Settlement(1, SettlementResult.Unbalanced));
    }

    [Fact]
    public void The_batch_after_999999_is_1()
    {
        Journal.SetBatch(999999);
        Journal.CompleteSettlement(Settlement(999999));

        Journal.CurrentBatch().Should().Be(1);
    }

    [Fact]
    public void An_upload_marked_done_is_remembered_on_the_newest_settlement_of_that_batch()
    {
        Journal.CompleteSettlement(Settlement(1));
        Journal.CompleteSettlement(Settlement(2));

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
