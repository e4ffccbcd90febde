using FluentAssertions;
using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;
using LakalaPos.Devices.Tests.Support;
using LakalaPos.Ecr.Framing;
using LakalaPos.Ecr.Messages;
using Serilog.Events;
using Xunit;

namespace LakalaPos.Devices.Tests.Ecr;

/// <summary>The terminal's register port over a real pty and over real TCP on 127.0.0.1.</summary>
public sealed class EcrPortTests : OwningTest
{
    private const string Sale = "ver=1\ntype=SALE\nid=R1\norder=A1\nitem=可乐|2|350\nitem=面包|1|1200";

    public static readonly EcrAnswer Approved = new()
    {
        RequestId = "R1", Kind = EcrRequestKind.Sale, OrderNo = "A1", Result = EcrResult.Approved, Message = "交易成功",
        ResponseCode = "00", AmountFen = 1900, Voucher = 2, Batch = 1, Rrn = "123456789012", AuthCode = "A1B2C3",
        MaskedPan = "622202******3446", LocalTime = new DateTimeOffset(2026, 11, 30, 10, 15, 0, TimeSpan.FromHours(8)),
    };

    [Theory]
    [InlineData(EcrTransport.Pty)]
    [InlineData(EcrTransport.Tcp)]
    public void A_request_reaches_the_terminal_as_an_ecr_request(EcrTransport transport)
    {
        var rig = Own(new EcrRig(transport));

        rig.Register.Send(Sale);

        rig.NextRequest().Should().BeEquivalentTo(new EcrRequest("R1", EcrRequestKind.Sale, "A1", [new("可乐", 2, 350), new("面包", 1, 1200)]));
        rig.Register.WaitFor(EcrControl.Ack);
    }

    [Theory]
    [InlineData(EcrTransport.Pty)]
    [InlineData(EcrTransport.Tcp)]
    public void An_answer_reaches_the_register_with_every_field(EcrTransport transport)
    {
        var rig = Own(new EcrRig(transport));
        rig.Register.Send(Sale);
        rig.NextRequest();

        rig.Port.Answer(Approved);

        rig.Register.NextMessage().Should().Be(
            "ver=1\ntype=ANSWER\nid=R1\nrequest=SALE\norder=A1\nresult=APPROVED\nmessage=交易成功\ncode=00\namount=1900\n"
            + "voucher=000002\nbatch=000001\nrrn=123456789012\nauth=A1B2C3\ncard=622202******3446\ntime=20261130101500");
    }

    [Fact]
    public void A_query_answer_carries_the_status_and_the_lines()
    {
        var rig = Own(new EcrRig(EcrTransport.Tcp));
        rig.Register.Send("ver=1\ntype=QUERY\nid=Q1\norder=A1");
        rig.NextRequest().Should().BeEquivalentTo(new EcrRequest("Q1", EcrRequestKind.Query, "A1", []));

        rig.Port.Answer(new EcrAnswer
        {
            RequestId = "Q1", Kind = EcrRequestKind.Query, OrderNo = "A1", Result = EcrResult.Approved, SaleStatus = TransactionStatus.Voided,
            Lines = [new(new OrderItem("可乐", 2, 350), 1)],
        });

        var answer = rig.Register.NextAnswer();
        answer.Status.Should().Be("VOIDED");
        answer.Lines.Should().Equal(new AnswerLine("可乐", 2, 350, 1));
    }

    [Fact]
    public void A_refund_reaches_the_terminal_with_names_and_quantities_only()
    {
        var rig = Own(new EcrRig(EcrTransport.Tcp));

        rig.Register.Send("ver=1\ntype=REFUND\nid=R2\norder=A1\nitem=可乐|1");

        rig.NextRequest().Should().BeEquivalentTo(new EcrRequest("R2", EcrRequestKind.Refund, "A1", [new("可乐", 1, 0)]));
    }

    [Theory]
    [InlineData(EcrTransport.Pty)]
    [InlineData(EcrTransport.Tcp)]
    public void A_garbled_frame_and_a_wrong_checksum_are_nakked_and_the_port_stays_usable(EcrTransport transport)
    {
        var rig = Own(new EcrRig(transport));

        rig.Register.SendRaw([0x00, 0x41, EcrControl.Stx, (byte)'1', (byte)'x', (byte)'?']);
        rig.Register.WaitFor(EcrControl.Nak);
        rig.Register.SendRaw(RegisterEnd.WithWrongLrc(Sale));
        rig.Register.WaitFor(EcrControl.Nak, times: 2);
        rig.Register.SendRaw(EcrFrame.Encode(Sale));
        rig.Register.WaitFor(EcrControl.Ack);

        rig.NextRequest().RequestId.Should().Be("R1");
        rig.Requests.Should().BeEmpty("the refused frames were never raised");
        rig.Port.FramesRefused.Should().Be(2);
        rig.Log.Lines(LogEventLevel.Error).Should().BeEmpty();
    }

    [Theory]
    [InlineData(EcrTransport.Pty)]
    [InlineData(EcrTransport.Tcp)]
    public void A_malformed_body_is_answered_error_invalid_by_the_port(EcrTransport transport)
    {
        var rig = Own(new EcrRig(transport));

        rig.Register.Send("ver=1\ntype=SALE\nid=R5\norder=A1\nitem=可乐|2");

        var answer = rig.Register.NextAnswer();
        answer.Should().Match<TerminalAnswer>(a => a.Id == "R5" && a.Request == "SALE" && a.Order == "A1" && a.Result == AnswerResult.Error && a.Reason == "INVALID");
        answer.Message.Should().Be("item 1 is not NAME|QTY|PRICE");
        rig.Requests.Should().BeEmpty();
        rig.Log.Lines(LogEventLevel.Error).Should().BeEmpty();
    }

    [Theory]
    [InlineData("ver=1\ntype=SALE\nid=R6\norder=A1\nitem=可乐|0|350", "R6", "item \"可乐\": quantity must be 1-9999")]
    [InlineData("ver=1\ntype=SALE\nid=R7\norder=A 1\nitem=可乐|1|350", "R7", "order number must be 1-32 of A-Z a-z 0-9 - _ .")]
    [InlineData("ver=1\ntype=VOID\nid=this id is far too long to be any id\norder=A1", "", "request id must be 1-32 of A-Z a-z 0-9 - _ .")]
    [InlineData("ver=2\ntype=QUERY\nid=R8\norder=A1", "R8", "version 2 is not supported (this terminal speaks ver=1)")]
    [InlineData("hello", "", "line 1 is not name=value")]
    public void A_request_that_breaks_the_rules_is_answered_error_invalid_with_the_problem(string body, string id, string problem)
    {
        var rig = Own(new EcrRig(EcrTransport.Tcp));

        rig.Register.Send(body);

        var answer = rig.Register.NextAnswer();
        answer.Should().Match<TerminalAnswer>(a => a.Id == id && a.Result == AnswerResult.Error && a.Reason == "INVALID");
        answer.Message.Should().Be(problem);
        rig.Requests.Should().BeEmpty();
    }

    [Fact]
    public void A_register_that_reconnects_gets_the_next_answer_on_its_new_connection()
    {
        var rig = Own(new EcrRig(EcrTransport.Tcp));
        rig.Register.Send(Sale);
        rig.NextRequest();

        var again = rig.Reconnect();
        again.Send(Sale); // asks again with the same id
        rig.NextRequest().RequestId.Should().Be("R1");
        rig.Port.Answer(Approved);

        again.NextAnswer().Should().Match<TerminalAnswer>(a => a.Id == "R1" && a.Result == AnswerResult.Approved && a.Voucher == "000002");
    }

    [Fact]
    public void A_new_connection_replaces_the_one_before_and_gets_the_answers()
    {
        var rig = Own(new EcrRig(EcrTransport.Tcp));
        rig.Register.Send(Sale);
        rig.NextRequest();

        var second = rig.ConnectAnother();
        rig.Port.Answer(Approved);

        second.NextAnswer().Id.Should().Be("R1");
        rig.Log.Text().Should().Contain("replacing the connection before");
    }

    [Fact]
    public void An_answer_with_no_register_connected_is_dropped_with_a_warning()
    {
        var rig = Own(new EcrRig(EcrTransport.Tcp));
        rig.Register.Send(Sale);
        rig.NextRequest();
        rig.HangUp();

        rig.Port.Answer(Approved);

        Wait.Until(() => rig.Log.Text().Contains("ECR answer to request \"R1\" dropped: no register is connected; the register can ask again with the same id"),
            "the answer dropped with a warning");
        var again = rig.Reconnect();
        again.Send("ver=1\ntype=QUERY\nid=Q1\norder=A1");
        rig.NextRequest().RequestId.Should().Be("Q1", "the port goes on with the next connection");
        rig.Log.Lines(LogEventLevel.Error).Should().BeEmpty();
    }

    [Fact]
    public void An_answer_the_register_never_acknowledges_is_given_up_with_a_warning()
    {
        var rig = Own(new EcrRig(EcrTransport.Tcp));
        rig.Register.Send(Sale);
        rig.NextRequest();

        rig.Port.Answer(Approved); // the test's register never reads it, so never ACKs it

        Wait.Until(() => rig.Log.Text().Contains("ECR answer to request \"R1\" was not acknowledged"), "the answer given up after 4 sends");
        rig.Log.Text().Should().Contain("the register can ask again with the same id");
    }
}
