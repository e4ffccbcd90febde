using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Devices.Ecr;
using LakalaPos.Ecr.Framing;
using LakalaPos.Ecr.Messages;
using Xunit;

namespace LakalaPos.Devices.Tests.Ecr;

/// <summary>The in-memory register and port for replays: real frames both ways, on the caller's thread, at once.</summary>
public sealed class EcrLoopbackTests
{
    private readonly EcrLoopback _loopback = new();
    private readonly List<EcrRequest> _requests = [];

    public EcrLoopbackTests() => _loopback.Port.Requested += (_, request) => _requests.Add(request);

    [Fact]
    public void A_request_is_raised_before_ask_returns()
    {
        _loopback.Ask(new RegisterRequest(RegisterRequestType.Sale, "R1", "A1", [new("可乐", 2, 350)]));

        _requests.Should().BeEquivalentTo([new EcrRequest("R1", EcrRequestKind.Sale, "A1", [new("可乐", 2, 350)])]);
        _loopback.LastAnswer.Should().BeNull();
    }

    [Fact]
    public void An_answer_is_the_registers_last_answer_as_soon_as_it_is_given()
    {
        _loopback.Ask("ver=1\ntype=SALE\nid=R1\norder=A1\nitem=可乐|2|350");

        _loopback.Port.Answer(EcrPortTests.Approved);

        _loopback.LastAnswer.Should().Equal(new Dictionary<string, string>
        {
            ["ver"] = "1", ["type"] = "ANSWER", ["id"] = "R1", ["request"] = "SALE", ["order"] = "A1", ["result"] = "APPROVED",
            ["message"] = "交易成功", ["code"] = "00", ["amount"] = "1900", ["voucher"] = "000002", ["batch"] = "000001",
            ["rrn"] = "123456789012", ["auth"] = "A1B2C3", ["card"] = "622202******3446", ["time"] = "20261130101500",
        });
    }

    [Fact]
    public void An_answer_given_inside_requested_arrives_too()
    {
        _loopback.Port.Requested += (_, request) => _loopback.Port.Answer(new EcrAnswer
        {
            RequestId = request.RequestId, Kind = request.Kind, OrderNo = request.OrderNo, Result = EcrResult.Error, Reason = EcrReason.Busy,
        });

        _loopback.Ask("ver=1\ntype=VOID\nid=R2\norder=A1");

        _loopback.LastAnswer.Should().Contain("result", "ERROR").And.Contain("reason", "BUSY").And.Contain("id", "R2");
    }

    [Fact]
    public void A_query_answers_lines_are_numbered()
    {
        _loopback.Port.Answer(new EcrAnswer
        {
            RequestId = "Q1", Kind = EcrRequestKind.Query, OrderNo = "A1", Result = EcrResult.Approved,
            SaleStatus = Core.Journal.TransactionStatus.Approved, Lines = [new(new OrderItem("可乐", 2, 350), 0), new(new OrderItem("面包", 1, 1200), 1)],
        });

        _loopback.LastAnswer.Should().Contain("status", "APPROVED").And.Contain("line1", "可乐|2|350|0").And.Contain("line2", "面包|1|1200|1");
    }

    [Fact]
    public void A_malformed_request_is_answered_error_invalid_and_never_raised()
    {
        _loopback.Ask("ver=1\ntype=SALE\nid=R3\norder=A1");

        _requests.Should().BeEmpty();
        _loopback.LastAnswer.Should().Contain("result", "ERROR").And.Contain("reason", "INVALID").And.Contain("id", "R3")
            .And.Contain("message", "1-99 items are needed, not 0");
    }

    [Fact]
    public void A_garbled_frame_is_refused_and_the_next_request_goes_through()
    {
        _loopback.SendRaw([EcrControl.Stx, (byte)'0', (byte)'x']);
        _loopback.Ask("ver=1\ntype=QUERY\nid=Q1\norder=A1");

        _loopback.FramesRefused.Should().Be(1);
        _requests.Should().ContainSingle().Which.RequestId.Should().Be("Q1");
    }
}
