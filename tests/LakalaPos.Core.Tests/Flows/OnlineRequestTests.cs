using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// A money-moving request, journal first: on disk as PENDING with its reversal armed before it
/// leaves; its answer, or none, is one journal write, and no answer to a sale sends its reversal at once.
/// </summary>
public sealed class OnlineRequestTests
{
    private readonly TestTerminal _t = new();

    private TransactionRecord Sale => _t.Journal.FindByVoucher(1)!;

    [Fact]
    public void The_record_is_pending_on_disk_with_its_reversal_armed_before_the_request_leaves()
    {
        TransactionRecord? onDiskAtSend = null;
        _t.Link.OnSend = _ => onDiskAtSend = _t.Journal.Last();

        _t.Start(new OnlineProbe(TransactionType.Sale, HostMessageKind.Sale));

        onDiskAtSend.Should().NotBeNull();
        onDiskAtSend!.Status.Should().Be(TransactionStatus.Pending);
        onDiskAtSend.ReversalState.Should().Be(ReversalState.Armed);
    }

    [Fact]
    public void An_approval_is_one_write()
    {
        _t.Start(new OnlineProbe(TransactionType.Sale, HostMessageKind.Sale));

        _t.Link.Answer(_t.Link.LastSent, "00");
        _t.Run();

        Sale.Status.Should().Be(TransactionStatus.Approved);
        _t.Journal.History(Sale.Id).Select(e => e.Event).Should().Equal("pending, sending to host", "approved");
    }

    [Fact]
    public void No_connection_declines_it_with_nothing_to_reverse()
    {
        _t.Link.OnSend = request => _t.Link.Report(new HostLinkResult(request, HostLinkOutcome.NotConnected));

        _t.Start(new OnlineProbe(TransactionType.Sale, HostMessageKind.Sale));

        Sale.Status.Should().Be(TransactionStatus.Declined);
        Sale.ReversalState.Should().Be(ReversalState.None);
        _t.Display.Last!.Lines.Should().Equal("交易失败", "网络未连接,请检查网络");
    }

    [Fact]
    public void No_answer_to_a_sale_sends_its_reversal_98_at_once_and_an_acknowledgement_reverses_it()
    {
        _t.Start(new OnlineProbe(TransactionType.Sale, HostMessageKind.Sale));

        _t.Advance(TestTerminal.HostTimeout);

        Sale.ReversalState.Should().Be(ReversalState.Due);
        var reversal = _t.Link.LastSent;
        (reversal.Kind, reversal.ReversalReason, reversal.Reversed!.Trace).Should().Be((HostMessageKind.Reversal, "98", 1));

        _t.Link.Answer(reversal, "00");
        _t.Run();

        Sale.Status.Should().Be(TransactionStatus.Reversed);
        _t.Display.Last!.Lines.Should().Equal("交易超时");
    }

    [Fact]
    public void A_refund_with_no_answer_is_unknown_and_nothing_more_is_sent()
    {
        _t.Start(new OnlineProbe(TransactionType.Refund, HostMessageKind.Refund));

        _t.Advance(TestTerminal.HostTimeout);

        Sale.Status.Should().Be(TransactionStatus.Unknown);
        _t.Link.Sent.Should().ContainSingle();
        _t.Link.Abandoned.Should().ContainSingle();
    }
}
