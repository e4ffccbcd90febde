using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>What the core hears from the link for each thing a host can do.</summary>
public class HostLinkOutcomeTests
{
    private readonly LinkHarness _h = new();

    [Fact]
    public void An_approved_answer_is_answered_with_the_mapped_response()
    {
        var sale = Sale();

        var result = _h.Send(sale);

        result.Outcome.Should().Be(HostLinkOutcome.Answered);
        result.Response!.Approved.Should().BeTrue();
        result.Response.Rrn.Should().Be("000000000042");
        result.Request.Should().BeSameAs(sale);
    }

    [Fact]
    public void A_decline_is_answered_with_its_code()
    {
        _h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "51", a => a.Set(63, "CUP余额不足")));

        var result = _h.Send(Sale());

        result.Outcome.Should().Be(HostLinkOutcome.Answered);
        result.Response!.ResponseCode.Should().Be("51");
        result.Response.Text.Should().Be("余额不足");
    }

    [Fact]
    public void A_host_refusing_connections_gives_not_connected_and_receives_nothing()
    {
        _h.Host.AcceptsConnections = false;

        _h.Link.IsReachable().Should().BeFalse();
        _h.Send(Sale()).Outcome.Should().Be(HostLinkOutcome.NotConnected);
        _h.Host.Received.Should().BeEmpty();
    }

    [Fact]
    public void A_reachable_host_is_reported_reachable() => _h.Link.IsReachable().Should().BeTrue();

    [Fact]
    public void A_dropped_connection_gives_connection_lost()
    {
        _h.Host.Behaviour = _ => new HostReply.Drop();

        _h.Send(Sale()).Outcome.Should().Be(HostLinkOutcome.ConnectionLost);
    }

    [Fact]
    public void A_host_that_throws_looks_like_a_lost_connection()
    {
        _h.Host.Behaviour = _ => throw new InvalidOperationException("boom");

        _h.Send(Sale()).Outcome.Should().Be(HostLinkOutcome.ConnectionLost);
    }

    [Fact]
    public void Silence_reports_nothing_so_the_core_times_out()
    {
        _h.Host.Behaviour = _ => new HostReply.Silence();

        _h.Link.Send(Sale());

        _h.Results.Should().BeEmpty();
        _h.Host.Received.Should().ContainSingle();
    }

    [Fact]
    public void Bytes_that_are_no_message_give_malformed_with_the_reason()
    {
        _h.Host.Behaviour = _ => new HostReply.Answer([0x01, 0x02, 0x03]);

        var result = _h.Send(Sale());

        result.Outcome.Should().Be(HostLinkOutcome.Malformed);
        result.Detail.Should().StartWith("undecodable answer: message truncated");
    }

    [Fact]
    public void An_answer_with_the_wrong_mti_is_malformed()
    {
        _h.Host.Behaviour = request => new HostReply.Answer(Iso8583Codec.Encode(new Iso8583Message("0230").Set(11, request.GetText(11)!).Set(39, "00")));

        var result = _h.Send(Sale());

        result.Outcome.Should().Be(HostLinkOutcome.Malformed);
        result.Detail.Should().Be("answer MTI 0230, expected 0210");
    }

    [Fact]
    public void An_answer_for_another_trace_is_malformed()
    {
        _h.Host.Behaviour = _ => new HostReply.Answer(Iso8583Codec.Encode(new Iso8583Message("0210").Set(11, "999999").Set(39, "00")));

        _h.Send(Sale()).Detail.Should().Be("answer trace 999999, expected 000002");
    }

    [Fact]
    public void An_answer_without_a_response_code_is_malformed()
    {
        _h.Host.Behaviour = request => new HostReply.Answer(Iso8583Codec.Encode(new Iso8583Message("0210").Set(11, request.GetText(11)!)));

        _h.Send(Sale()).Outcome.Should().Be(HostLinkOutcome.Malformed);
    }

    [Fact]
    public void Header_processing_requirement_3_reaches_the_core_as_sign_in_requested()
    {
        _h.Host.Behaviour = request =>
        {
            var answer = Iso8583Codec.Decode(FakeHost.AnswerBody(request, "00"));
            answer.Header = Iso8583Header.WithProcessingRequirement(answer.Header, 3);
            return new HostReply.Answer(Iso8583Codec.Encode(answer));
        };

        _h.Send(Sale()).Response!.SignInRequested.Should().BeTrue();
    }

    [Fact]
    public void A_balance_answer_carries_the_balance()
    {
        _h.SignIn();
        _h.Host.Behaviour = request => new HostReply.Answer(FakeHost.AnswerBody(request, "00", a => a.Set(54, "0002156C000010000000")));

        _h.Send(Balance()).Response!.BalanceFen.Should().Be(10_000_000);
    }

    [Fact]
    public void A_request_that_cannot_be_formed_does_not_leave_and_says_why()
    {
        var result = _h.Send(Sale() with { TerminalId = "123" });

        result.Outcome.Should().Be(HostLinkOutcome.NotConnected);
        result.Detail.Should().StartWith("not sent: field 41 (terminal number)");
        _h.Host.Received.Should().BeEmpty();
    }


    [Fact]
    public void The_core_may_send_its_next_request_from_inside_the_completed_handler()
    {
        var next = Sale() with { Trace = 3 };
        var sentNext = false;
        _h.Link.Completed += (_, _) =>
        {
            if (sentNext)
                return;
            sentNext = true;
            _h.Link.Send(next);
        };

        _h.Link.Send(Sale());

        _h.Results.Select(r => r.Outcome).Should().Equal(HostLinkOutcome.Answered, HostLinkOutcome.Answered);
        _h.Results[1].Request.Should().BeSameAs(next);
    }
}
