using LakalaPos.Iso8583.Cards;
using LakalaPos.Iso8583.Framing;
using LakalaPos.Iso8583.Messages;
using LakalaPos.HostSimulator.Hosting;
using LakalaPos.HostSimulator.Tests.Support;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>
/// A rule's text goes out in field 63 after the card organisation, in GB18030 as UnionPay hosts
/// send it. The expected bytes are worked out by hand: CUP = 43 55 50, 余 D3E0, 额 B6EE, 不 B2BB,
/// 足 D7E3, 交 BDBB, 易 D2D7, 成 B3C9, 功 B9A6.
/// </summary>
public class AnswerTextTests
{
    private readonly HostUnderTest _host = new();

    private byte[] AnswerBytes(Iso8583Message request) =>
        _host.Simulator.Handle(Iso8583Codec.Encode(request)).Should().BeOfType<HostReply.Answer>().Subject.Body;

    private static string HexOf(byte[] bytes) => Convert.ToHexString(bytes);

    [Fact]
    public void A_decline_with_a_text_carries_cup_and_the_text_in_gb18030()
    {
        _host.SignIn();
        _host.Simulator.QueueRule("decline", ["51", "text", "余额不足"]);

        var body = AnswerBytes(Requests.Sale(TestCardTable.Debit, 100));

        HexOf(body).Should().EndWith("0011" + "435550" + "D3E0B6EEB2BBD7E3");
        Iso8583Codec.Decode(body).GetText(63).Should().Be("CUP余额不足");
    }

    [Fact]
    public void An_approval_with_a_text_replaces_the_plain_card_organisation()
    {
        _host.SignIn();
        _host.Simulator.QueueRule("approve", ["text", "交易成功"]);

        var answer = Iso8583Codec.Decode(AnswerBytes(Requests.Sale(TestCardTable.Debit, 100)));

        answer.GetText(39).Should().Be("00");
        answer.GetText(63).Should().Be("CUP交易成功");
        HexOf(Iso8583Codec.Encode(new Iso8583Message("0210").Set(63, answer.GetText(63)!))).Should().EndWith("0011" + "435550" + "BDBBD2D7B3C9B9A6");
    }

    [Fact]
    public void A_refused_sign_in_carries_its_text()
    {
        _host.Simulator.QueueRule("decline", ["05", "text", "操作员未登记"]);

        var answer = Iso8583Codec.Decode(AnswerBytes(Requests.SignIn()));

        answer.GetText(39).Should().Be("05");
        answer.GetText(63).Should().Be("CUP操作员未登记");
    }

    [Fact]
    public void The_text_is_used_up_with_its_rule()
    {
        _host.SignIn();
        _host.Simulator.QueueRule("decline", ["51", "text", "余额不足"]);
        AnswerBytes(Requests.Sale(TestCardTable.Debit, 100));

        var next = Iso8583Codec.Decode(AnswerBytes(Requests.Sale(TestCardTable.Debit, 100, trace: "000003", entryMode: "072")));

        next.GetText(39).Should().Be("00", "a contactless sale without PIN under the limit");
        next.GetText(63).Should().Be("CUP");
    }

    [Fact]
    public void The_operator_can_queue_a_text_with_spaces_at_the_console()
    {
        _host.SignIn();

        new OperatorCommands(_host.Simulator).Apply("next decline 51 text 余额 不足").Should().StartWith("ok:");

        Iso8583Codec.Decode(AnswerBytes(Requests.Sale(TestCardTable.Debit, 100))).GetText(63).Should().Be("CUP余额 不足");
    }
}
