using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using static LakalaPos.Protocol.Tests.TestData;

using LakalaPos.Tests.Shared;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>
/// An answer that is not this request's (another MTI or trace, or no message at all) may be an
/// extra or stale frame: the link gives up the connection it came on, so that whatever follows
/// on it can never be taken for a later request's answer.
/// </summary>
public class HostLinkOutOfStepTests
{
    private readonly ScriptedTransport _transport = new();
    private readonly List<HostLinkResult> _results = [];
    private readonly Iso8583HostLink _link;

    public HostLinkOutOfStepTests()
    {
        _link = new Iso8583HostLink(_transport, new HostLinkSettings { MasterKey = HostLinkSettings.TestMasterKey }, new CollectingSink().Logger(), new FakeCrypto());
        _link.Completed += (_, r) => _results.Add(r);
    }

    private Iso8583Message SentRequest => Iso8583Codec.Decode(_transport.Sent[^1].Body);

    private void Answer(byte[] body) => _transport.Deliver(new TransportEvent.Answer(_transport.Sent[^1].Id, body));

    [Fact]
    public void An_answer_for_another_trace_is_malformed_and_its_connection_is_given_up()
    {
        _link.Send(Sale());
        var stale = SentRequest;
        stale.Set(11, "000001");

        Answer(FakeHost.AnswerBody(stale, "00"));

        _results.Should().ContainSingle().Which.Outcome.Should().Be(HostLinkOutcome.Malformed);
        _transport.Abandoned.Should().Equal(_transport.Sent[0].Id);
    }

    [Fact]
    public void An_answer_with_another_mti_gives_up_the_connection()
    {
        _link.Send(Sale());

        Answer(Iso8583Codec.Encode(new Iso8583Message("0810").Set(11, "000002").Set(39, "00")));

        _results.Should().ContainSingle().Which.Detail.Should().Be("answer MTI 0810, expected 0210");
        _transport.Abandoned.Should().Equal(_transport.Sent[0].Id);
    }

    [Fact]
    public void Bytes_that_are_no_message_give_up_the_connection()
    {
        _link.Send(Sale());

        Answer([0x01, 0x02, 0x03]);

        _results.Should().ContainSingle().Which.Outcome.Should().Be(HostLinkOutcome.Malformed);
        _transport.Abandoned.Should().Equal(_transport.Sent[0].Id);
    }

    [Fact]
    public void This_requests_answer_keeps_the_connection_even_when_declined_or_without_a_response_code()
    {
        _link.Send(Sale());
        Answer(FakeHost.AnswerBody(SentRequest, "51"));
        _link.Send(Sale() with { Trace = 3 });
        Answer(Iso8583Codec.Encode(new Iso8583Message("0210").Set(11, "000003")));

        _results.Select(r => r.Outcome).Should().Equal(HostLinkOutcome.Answered, HostLinkOutcome.Malformed);
        _transport.Abandoned.Should().BeEmpty("both answers were the requests' own: the link is in step");
    }
}
