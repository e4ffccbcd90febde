using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Journal;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// The chip card a transaction is made with, taken out before the transaction ends, cancels it
/// ("交易取消"): before anything was sent, nothing is sent or journaled; while the answer is
/// awaited, the request is given up and treated as unanswered — a sale's reversal (06) goes at
/// once, a refund is UNKNOWN.
/// </summary>
public sealed class ChipCardTakenOutTests
{
    private static readonly TimeSpan MessageTime = TimeSpan.FromSeconds(3);
    private readonly TestTerminal _t = new();

    [Fact]
    public void Taken_out_at_the_PIN_prompt_the_sale_is_cancelled_with_nothing_sent_or_journaled()
    {
        _t.SaleUpToPin(Cards.Inserted());

        _t.RemoveCard();

        _t.ScreenLines.Should().Equal("交易取消");
        _t.Link.Sent.Should().BeEmpty();
        _t.Journal.Last().Should().BeNull();
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void Taken_out_while_the_amount_is_typed_the_sale_is_cancelled()
    {
        _t.AtIdle();
        _t.Present(Cards.Inserted());
        _t.Type("12");

        _t.RemoveCard();

        _t.ScreenLines.Should().Equal("交易取消");
        _t.Link.Sent.Should().BeEmpty();
    }

    [Fact]
    public void Taken_out_while_the_answer_is_awaited_the_sale_is_given_up_and_reversed_with_reason_06()
    {
        _t.SaleSent(Cards.Inserted());
        var sale = _t.Link.LastSent;

        _t.RemoveCard();

        _t.Link.Abandoned.Should().Equal(sale);
        var reversal = _t.Link.LastSent;
        (reversal.Kind, reversal.ReversalReason, reversal.Reversed!.Trace).Should().Be((HostMessageKind.Reversal, ReversalReasons.CardRemoved, sale.Trace));
        _t.ScreenLines.Should().StartWith("交易取消").And.Contain("冲正中");

        _t.Link.Answer(reversal, "00");
        _t.Run();

        _t.Journal.Last()!.Status.Should().Be(TransactionStatus.Reversed);
        _t.ScreenLines.Should().Equal("交易取消");
        _t.Advance(MessageTime);
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_late_approval_of_a_sale_given_up_changes_nothing()
    {
        _t.SaleSent(Cards.Inserted());
        var sale = _t.Link.LastSent;
        _t.RemoveCard();

        _t.Link.Answer(sale, "00");
        _t.Run();

        var record = _t.Journal.Last()!;
        (record.Status, record.ReversalState, record.ReversalReason).Should().Be((TransactionStatus.Pending, ReversalState.Due, "06"));
    }

    [Fact]
    public void Taken_out_while_a_refund_s_answer_is_awaited_the_refund_is_unknown_and_never_reversed()
    {
        _t.Ctx.Session.OperatorNo = "01";
        _t.Start(new RefundActivity());
        _t.Present(Cards.Inserted());
        _t.Type("123456789012");
        _t.Press(Key.Enter);
        _t.Type("0310");
        _t.Press(Key.Enter);
        _t.Type("5000");
        _t.Press(Key.Enter, Key.D1, Key.Enter);
        var refund = _t.Link.LastSent;
        refund.Kind.Should().Be(HostMessageKind.Refund);

        _t.RemoveCard();

        _t.Link.Sent.Should().Equal(refund);
        _t.Link.Abandoned.Should().Equal(refund);
        _t.Journal.Last()!.Status.Should().Be(TransactionStatus.Unknown);
        _t.ScreenLines.Should().Equal("交易取消");
    }

    [Fact]
    public void Taken_out_while_a_due_reversal_goes_first_the_sale_is_cancelled_and_never_sent()
    {
        _t.Journal.Write("test", LifecycleSamples.SaleReversalDue() with { Id = 0 });
        _t.SaleSent(Cards.Inserted());
        var reversal = _t.Link.LastSent;
        reversal.Kind.Should().Be(HostMessageKind.Reversal);

        _t.RemoveCard();
        _t.Link.Answer(reversal, "00");
        _t.Run();

        _t.Link.Sent.Should().Equal(reversal);
        _t.ScreenLines.Should().Equal("交易取消");
    }

    [Theory]
    [InlineData(EntryMode.Swipe)]
    [InlineData(EntryMode.Tap)]
    public void A_chip_card_taken_out_means_nothing_to_a_sale_made_with_a_swiped_or_tapped_card(EntryMode mode)
    {
        _t.SaleUpToPin(mode == EntryMode.Swipe ? Cards.Swiped() : Cards.Tapped());
        var step = _t.Engine.ActivityName;

        _t.RemoveCard();

        _t.Engine.ActivityName.Should().Be(step);
        _t.ScreenLines.Should().NotContain("交易取消");
    }
}
