using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Tests.Journal;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>How an order stands: what its refunds took back of its goods.</summary>
public sealed class OrderStateTests
{
    private static readonly OrderItem Cola = new("可乐", 2, 350);
    private static readonly OrderItem Bread = new("面包", 1, 1200);

    private static TransactionRecord Sale() => LifecycleSamples.ApprovedSale() with { Id = 1, OrderNo = "A1", Items = [Cola, Bread], AmountFen = 1900 };

    private static TransactionRecord Refund(IReadOnlyList<OrderItem>? items) =>
        TransactionLifecycle.Of(LifecycleSamples.PendingRefund() with { Id = 2, OrderNo = "A1", Items = items, AmountFen = 700 }).Approved(LifecycleSamples.Approval);

    [Fact]
    public void An_approved_refund_counts_against_its_items()
    {
        var order = OrderState.Of("A1", [Sale(), Refund([Cola])]);

        order.Refund([Cola with { UnitPriceFen = 0 }]).Refusal.Should().Be(EcrReason.AlreadyRefunded);
    }

    [Fact]
    public void Demonstrates_bug_a_refund_whose_items_row_cannot_be_read_lets_the_same_goods_be_refunded_again()
    {
        // The journal reads a record whose transaction_items rows are damaged with Items null (SqliteJournal.SelectIn).
        var order = OrderState.Of("A1", [Sale(), Refund(null)]);

        var (items, refusal, _) = order.Refund([Cola with { UnitPriceFen = 0 }]);

        items.Should().BeNull("what that refund gave back is not known: giving any of the order's goods back again may pay twice");
        refusal.Should().Be(EcrReason.AlreadyRefunded);
    }
}
