using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Protocol.Links;
using LakalaPos.Protocol.Mapping;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>Settlement and batch upload through the link: MACed, answered, and never logging card numbers.</summary>
public class HostLinkBatchTests
{
    private readonly LinkHarness _h = new();

    private static HostRequest Settlement() =>
        Request(HostMessageKind.Settlement, trace: 9) with { Totals = new SettlementTotals(123456, 7, 5000, 2) };

    private static HostRequest Upload(int count) => Request(HostMessageKind.BatchUpload, trace: 10) with
    {
        UploadEntries = [.. Enumerable.Range(1, count).Select(i => new BatchUploadEntry(i, DebitPan, 100 * i, TransactionType.Sale))],
        UploadIsLast = true,
    };

    [Fact]
    public void A_settlement_goes_out_maced_and_its_answer_gives_the_verdict()
    {
        _h.SignIn();
        _h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00",
            a => a.Set(48, SettlementField.WithVerdict(SettlementField.Format(new SettlementCounts(123456, 7, 5000, 2)), SettlementVerdict.Unbalanced)).Set(15, "1122")));

        var result = _h.Send(Settlement());

        _h.Host.Received[^1].Mti.Should().Be("0500");
        _h.Host.Received[^1].Has(64).Should().BeTrue();
        result.Outcome.Should().Be(HostLinkOutcome.Answered);
        result.Response!.Settlement.Should().Be(SettlementResult.Unbalanced);
        result.Response.SettlementDate.Should().Be("1122");
    }

    [Fact]
    public void A_batch_upload_goes_out_maced_and_is_answered_with_0330()
    {
        _h.SignIn();

        var result = _h.Send(Upload(8));

        _h.Host.Received[^1].Mti.Should().Be("0320");
        _h.Host.Received[^1].Has(64).Should().BeTrue();
        result.Outcome.Should().Be(HostLinkOutcome.Answered);
        result.Response!.Approved.Should().BeTrue();
    }

    [Fact]
    public void A_ninth_upload_entry_does_not_leave_and_says_why()
    {
        var result = _h.Send(Upload(9));

        result.Outcome.Should().Be(HostLinkOutcome.NotConnected);
        result.Detail.Should().Be("not sent: a batch upload message carries at most 8 entries, this one has 9");
        _h.Host.Received.Should().BeEmpty();
    }

    [Fact]
    public void An_upload_and_a_refused_answer_echoing_its_field_48_never_log_a_card_number()
    {
        _h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00",
            a => a.Set(11, "999999").Set(48, request.GetText(48)!)));

        var result = _h.Send(Upload(3));

        result.Outcome.Should().Be(HostLinkOutcome.Malformed);
        _h.Log.All.Should().Contain("refused").And.NotContain(DebitPan).And.NotContain(DebitPan[6..]);
    }
}
