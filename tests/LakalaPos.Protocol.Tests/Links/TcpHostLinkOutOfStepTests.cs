using System.Collections.Concurrent;
using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Framing;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Links;
using static LakalaPos.Protocol.Tests.TestData;

using LakalaPos.Tests.Shared;

namespace LakalaPos.Protocol.Tests.Links;

/// <summary>A raw host that sends one frame too many: the requests after it must not fall out of step.</summary>
public sealed class TcpHostLinkOutOfStepTests : SocketTest
{
    private readonly RawHost _host;
    private readonly Iso8583HostLink _link;
    private readonly BlockingCollection<HostLinkResult> _results = [];

    public TcpHostLinkOutOfStepTests()
    {
        _host = Own(new RawHost());
        _link = new Iso8583HostLink(Transport(_host.Port), new HostLinkSettings { MasterKey = HostLinkSettings.TestMasterKey }, Log.Logger(), new FakeCrypto());
        _link.Completed += (_, r) => _results.Add(r);
    }

    private static HostRequest SaleWithTrace(int trace) => Sale() with { Trace = trace };

    private static byte[] AnswerTo(byte[] request) => FakeHost.AnswerBody(Iso8583Codec.Decode(request), "00");

    private HostLinkResult NextResult()
    {
        _results.TryTake(out var result, Wait.Limit).Should().BeTrue("the link reports a result");
        return result!;
    }

    private void ShouldBeAnsweredFor(HostLinkResult result, int trace)
    {
        result.Request.Trace.Should().Be(trace);
        result.Outcome.Should().Be(HostLinkOutcome.Answered, result.Detail);
    }

    [Fact]
    public void An_answer_sent_twice_costs_the_next_request_only_and_later_ones_are_answered_on_a_new_connection()
    {
        _link.Send(SaleWithTrace(2));
        using var first = _host.Accept();
        var answer2 = AnswerTo(first.ReadFrame());
        first.WriteFrame(answer2);
        ShouldBeAnsweredFor(NextResult(), 2);

        _link.Send(SaleWithTrace(3));
        var answer3 = AnswerTo(first.ReadFrame());
        first.WriteFrame(answer2); // the extra copy, now ahead of the real answer
        first.WriteFrame(answer3);

        var refused = NextResult();
        refused.Outcome.Should().Be(HostLinkOutcome.Malformed);
        refused.Detail.Should().Be("answer trace 000002, expected 000003");
        first.SeesClosed().Should().BeTrue("the connection that fell out of step is given up");

        _link.Send(SaleWithTrace(4));
        using var second = _host.Accept();
        foreach (var trace in new[] { 4, 5, 6 })
        {
            if (trace > 4)
                _link.Send(SaleWithTrace(trace));
            second.WriteFrame(AnswerTo(second.ReadFrame()));
            ShouldBeAnsweredFor(NextResult(), trace);
        }
    }

    [Fact]
    public void An_extra_frame_while_no_request_is_out_is_dropped_and_logged_and_the_next_request_is_answered()
    {
        _link.Send(SaleWithTrace(2));
        using var connection = _host.Accept();
        var answer2 = AnswerTo(connection.ReadFrame());
        connection.Socket.Send([.. LengthPrefix.Frame(answer2), .. LengthPrefix.Frame(answer2)]); // the extra copy right behind it
        ShouldBeAnsweredFor(NextResult(), 2);
        Wait.Until(() => Log.All.Contains("discarded"), "the extra frame is dropped");

        _link.Send(SaleWithTrace(3));
        connection.WriteFrame(AnswerTo(connection.ReadFrame()));

        ShouldBeAnsweredFor(NextResult(), 3);
        Log.All.Should().Contain($"Unexpected {answer2.Length}-byte frame");
    }
}
