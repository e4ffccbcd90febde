using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using static LakalaPos.Protocol.Tests.TestData;

using LakalaPos.Tests.Shared;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>One request in flight, abandoned requests, and what goes into the log.</summary>
public class HostLinkExchangeTests
{
    private readonly ScriptedTransport _transport = new();
    private readonly CollectingSink _log = new();
    private readonly List<HostLinkResult> _results = [];
    private readonly Iso8583HostLink _link;

    public HostLinkExchangeTests()
    {
        _link = new Iso8583HostLink(_transport, new HostLinkSettings { MasterKey = HostLinkSettings.TestMasterKey }, _log.Logger(), new FakeCrypto());
        _link.Completed += (_, r) => _results.Add(r);
    }

    private TransportEvent.Answer ApprovalOf((long Id, byte[] Body) sent) =>
        new(sent.Id, FakeHost.AnswerBody(Iso8583Codec.Decode(sent.Body), "00"));

    [Fact]
    public void A_second_request_while_one_is_in_flight_is_refused_and_not_sent()
    {
        _link.Send(Sale());
        var second = Sale() with { Trace = 7 };

        _link.Send(second);

        _results.Should().ContainSingle().Which.Should().Be(new HostLinkResult(second, HostLinkOutcome.NotConnected, null,
            "not sent: Sale trace 2 is still in flight"));
        _transport.Sent.Should().ContainSingle();
    }

    [Fact]
    public void An_answer_arriving_later_completes_the_request_in_flight()
    {
        _link.Send(Sale());

        _transport.Deliver(ApprovalOf(_transport.Sent[0]));

        _results.Should().ContainSingle().Which.Outcome.Should().Be(HostLinkOutcome.Answered);
    }

    [Fact]
    public void After_abandon_a_late_answer_is_ignored_and_the_next_request_gets_its_own()
    {
        var first = Sale();
        _link.Send(first);
        _link.Abandon(first);
        var reversal = ReversalOf(first);
        _link.Send(reversal);

        _transport.Deliver(ApprovalOf(_transport.Sent[0]));
        _results.Should().BeEmpty();

        _transport.Deliver(ApprovalOf(_transport.Sent[1]));
        _results.Should().ContainSingle().Which.Request.Should().Be(reversal);
    }

    [Fact]
    public void Abandon_tells_the_transport_which_exchange_to_drop()
    {
        var first = Sale();
        _link.Send(first);

        _link.Abandon(first);

        _transport.Abandoned.Should().Equal(_transport.Sent[0].Id);
    }

    [Fact]
    public void Abandoning_a_request_that_is_not_in_flight_changes_nothing()
    {
        _link.Send(Sale());
        _link.Abandon(Refund());

        _transport.Deliver(ApprovalOf(_transport.Sent[0]));

        _results.Should().ContainSingle().Which.Outcome.Should().Be(HostLinkOutcome.Answered);
        _transport.Abandoned.Should().BeEmpty();
    }

    [Fact]
    public void An_answer_delivered_twice_completes_only_once()
    {
        _link.Send(Sale());
        var answer = ApprovalOf(_transport.Sent[0]);

        _transport.Deliver(answer);
        _transport.Deliver(answer);

        _results.Should().ContainSingle();
    }

    [Fact]
    public void Each_exchange_is_logged_with_mti_trace_code_and_masked_pan()
    {
        _link.Send(Sale());
        _transport.Deliver(ApprovalOf(_transport.Sent[0]));

        _log.All.Should().Contain("0200").And.Contain("000002").And.Contain("625807******5673").And.Contain("\"00\"");
    }

    [Fact]
    public void Logs_never_hold_pan_track_pin_block_or_keys()
    {
        var h = new LinkHarness();
        h.SignIn();
        h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00", a => a.Set(62, FakeCrypto.Field62)));
        h.Send(Sale(pin: "654321"));
        h.Host.Behaviour = request => new HostReply.Answer(Iso8583Codec.Encode(request)[..^4]);
        h.Send(Sale(pin: "654321") with { Trace = 3 });

        var log = h.Log.All;
        log.Should().Contain("undecodable answer", "the garbage answer is logged");
        log.Should().NotContain(CreditPan[6..]).And.NotContain("5673D2811");
        log.Should().NotContain("281110", "track data after the separator");
        var pinBlock = Convert.ToHexString(new FakeCrypto().EncryptPin("654321", CreditPan, FakeCrypto.PinKey));
        log.Should().NotContain(pinBlock);
        log.Should().NotContain(Convert.ToHexString(FakeCrypto.PinKey)).And.NotContain(Convert.ToHexString(FakeCrypto.MacKey));
    }
}
