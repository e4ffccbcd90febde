using FluentAssertions;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Tests.Parsing;

public class SpecExampleTests
{
    /// <summary>The example of replay-format.md, verbatim.</summary>
    private const string Example = """
        # void the sale just made, with the supervisor's password
        # (sign-in took trace 000001, so the sale is voucher 000002)
        login 01 0000
        expect screen "请刷卡/插卡/挥卡"
        swipe debit
        type 10000
        key ENTER
        type 123456
        key ENTER
        expect screen "交易成功"
        key ENTER
        expect receipts 2
        mark
        key MENU 2
        type 123456
        key ENTER
        expect screen "请输入原凭证号"
        type 2
        key ENTER
        expect screen "100.00"
        key ENTER
        key 1
        swipe debit
        expect screen "交易成功"
        expect host-sent 0200 3=200000 60.1=23
        expect txn last type=VOID status=APPROVED amount=100.00 origVoucher=000002 reason=1
        expect printed "消费撤销"
        expect printed "RMB -100.00"
        """;

    [Fact]
    public void The_example_of_the_format_parses_into_one_command_per_non_comment_line()
    {
        var script = ScriptParser.Parse("example.replay", Example);

        script.Commands.Should().HaveCount(26);
        script.Commands[0].Should().BeOfType<LoginCommand>().Which.Line.Should().Be(3);
        script.Commands[^1].Should().BeOfType<ExpectPrintedCommand>().Which.Text.LiteralText.Should().Be("RMB -100.00");
        script.Commands.OfType<MarkCommand>().Single().Line.Should().Be(13);
    }
}
